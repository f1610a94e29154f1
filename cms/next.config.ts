import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const directory = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // A separate build folder lets a second instance (tests, benchmarks) run beside `pnpm dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The workspace root, so Next does not guess it from a stray lockfile elsewhere.
  outputFileTracingRoot: path.resolve(directory, '..'),
  turbopack: { root: path.resolve(directory, '..') },
  // The media package is TypeScript source shared through the workspace.
  transpilePackages: ['media'],
  // One copy of Payload for the whole server. Bundled, the admin's pages and the API routes each get
  // their own copy, and the Payload instance belongs to whichever starts first: when that is the
  // admin, the API's error formatter no longer recognises the errors (`instanceof`) and drops their
  // field errors, so the admin could not show why a save was refused. `next dev` does the same.
  serverExternalPackages: ['payload'],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
