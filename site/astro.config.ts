import fs from 'node:fs'

import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { incrementalBuild } from './src/integrations/incrementalBuild'
import { publishFiles } from './src/integrations/publishFiles'
import { searchIndex } from './src/integrations/searchIndex'
import { sitemap } from './src/integrations/sitemap'

// The repository's .env, as the CMS reads it; variables already set win.
const environmentFile = new URL('../.env', import.meta.url)
if (fs.existsSync(environmentFile)) process.loadEnvFile(environmentFile)

/** The portal's public address: absolute URLs in the sitemap, RSS and Open Graph tags. */
const site = process.env.SITE_URL || 'http://localhost:4321'

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Several pages at a time: one renders while others wait for their files to be written.
  build: { format: 'directory', concurrency: 4 },
  // Pages link to `/files/…` and `/images/…` that the publish step adds after rendering.
  // The incremental build last: the others read its state (pages linked, not rendered) until it ends.
  integrations: [
    react(),
    sitemap(),
    publishFiles(),
    searchIndex(),
    incrementalBuild(),
  ],
  // Scripts as files, never inline: cached once for every page, and allowed by a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { port: 4321, host: '127.0.0.1' },
})
