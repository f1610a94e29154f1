import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import portal from './astro.config'

/**
 * The draft-preview server: the portal's pages rendered on demand from a draft in the CMS, for
 * signed-in editors only. One route, `/preview/<collection>/<id>?locale=`, in `preview-server/`;
 * the pages, components and styles are the portal's own (its own srcDir, so the portal's
 * search-indexing middleware is not part of it). Built into `dist-preview/` and run with
 * `node dist-preview/server/entry.mjs` (HOST and PORT set where it listens).
 */
export default defineConfig({
  site: portal.site,
  srcDir: './preview-server',
  outDir: './dist-preview',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // `/preview/news/<id>?locale=en` as the CMS links it, with or without a trailing slash.
  trailingSlash: 'ignore',
  // Its scripts and styles under `/preview/`, apart from the portal's `/_astro/` behind one proxy.
  build: { assets: 'preview/_astro' },
  integrations: [react()],
  vite: {
    ...portal.vite,
    // Images and files from the CMS, not the build's derivatives (src/media).
    define: { 'import.meta.env.DRAFT_PREVIEW': 'true' },
  },
  server: { port: 4322, host: '127.0.0.1' },
})
