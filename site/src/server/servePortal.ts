/**
 * `pnpm serve:site`: serves the live portal release (`live/site` in PORTAL_DIR, else in
 * `portal/` of DATA_DIR, else of the repository's `data/`) at SITE_HOST:SITE_PORT. Releases are
 * swapped under it while it runs. Production serves the same folder with nginx (deploy/nginx).
 */
import path from 'node:path'

import { serveDirectory } from './staticServer.ts'

const dataDirectory = path.resolve(process.env.DATA_DIR || path.join(import.meta.dirname, '../../../data'))
const portalDirectory = path.resolve(process.env.PORTAL_DIR || path.join(dataDirectory, 'portal'))
const root = path.join(portalDirectory, 'live', 'site')
const server = await serveDirectory(root, {
  host: process.env.SITE_HOST || '127.0.0.1',
  port: Number(process.env.SITE_PORT || 4321),
})
console.log(`Serving ${root} at ${server.url}/`)
