/**
 * Serves a built site over HTTP as a static host would: `index.html` for folders, the Content-Type
 * of every file the portal publishes (Pagefind's index files and WebAssembly included),
 * `nosniff` on everything and a `Content-Disposition` with the file's name on uploaded files, and
 * `/404.html` with status 404 for anything that does not exist.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { contentDisposition } from 'media'

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index: compressed binary fragments the browser decompresses itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

export const contentTypeOf = (file: string) => contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'

/**
 * What a URL path names inside `root`: a file (a folder's `index.html` for a path ending in `/`),
 * a folder asked for without its trailing slash, or nothing (also for paths that leave `root`).
 */
export function resolvePath(root: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`)
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined
  const stat = fs.statSync(candidate, { throwIfNoEntry: false })
  if (stat?.isFile()) return { file: candidate }
  if (!stat?.isDirectory()) return undefined
  if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` }
  const index = path.join(candidate, 'index.html')
  return fs.existsSync(index) ? { file: index } : undefined
}

/** Uploaded documents, videos and captions, which the portal publishes under /files/. */
const isDownload = (urlPath: string) => urlPath.startsWith('/files/')

/** Saved under their own name; PDFs open in place (the e-book reader frames them). */
const downloadDisposition = (file: string) =>
  contentDisposition(path.basename(file), contentTypeOf(file) === 'application/pdf' ? 'inline' : 'attachment')

export type StaticServer = {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string
  close: () => Promise<void>
}

/**
 * Serves `root` on `host` and `port` (by default 127.0.0.1 and a free port). Every request looks
 * the file up anew, so `root` may be a link that is swapped to a new release while serving.
 */
export async function serveDirectory(root: string, { host = '127.0.0.1', port = 0 } = {}): Promise<StaticServer> {
  const base = path.resolve(root)
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const found = resolvePath(base, pathname)
    if (found && 'redirect' in found) {
      response.writeHead(301, { location: found.redirect }).end()
      return
    }
    const notFound = path.join(base, '404.html')
    const served = found?.file ?? (fs.existsSync(notFound) ? notFound : undefined)
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const { size } = fs.statSync(served)
    response.writeHead(found ? 200 : 404, {
      'content-type': contentTypeOf(served),
      'content-length': size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...(found && isDownload(pathname) ? { 'content-disposition': downloadDisposition(served) } : {}),
    })
    if (request.method === 'HEAD') response.end()
    else fs.createReadStream(served).pipe(response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

