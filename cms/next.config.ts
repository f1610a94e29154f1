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
