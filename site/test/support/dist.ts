/**
 * The built site on disk, as the crawl and the page-type tables see it: its HTML pages by URL
 * path, and whether a URL path names something the site serves.
 */
import fs from 'node:fs'
import path from 'node:path'

import { resolvePath } from '../../src/server/staticServer'

/** The URL path of an HTML file in dist: `news/index.html` → `/news/`, `404.html` → `/404.html`. */
export function urlPathOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/')
  if (posix === 'index.html') return '/'
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`
  return `/${posix}`
}

/** Every HTML page of the built site by URL path, sorted. */
export function htmlPages(dist: string): string[] {
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
  return files.map(urlPathOf).sort()
}

/** Whether the site serves something at a URL path (a file, or a folder's index page). */
export const existsInDist = (dist: string, urlPath: string) => {
  const found = resolvePath(path.resolve(dist), urlPath)
  return Boolean(found && 'file' in found)
}

/** The HTML of the page at a URL path. */
export function readPage(dist: string, urlPath: string): string {
  const found = resolvePath(path.resolve(dist), urlPath)
  if (!found || !('file' in found)) throw new Error(`No page at ${urlPath} in ${dist}`)
  return fs.readFileSync(found.file, 'utf8')
}

/**
 * The pages directly below a folder path that are not one of `except`: `/news/` with
 * `['page', 'category']` gives `/news/<slug>/` for each article.
 */
export function pagesBelow(dist: string, folder: string, except: readonly string[] = []): string[] {
  const directory = path.join(dist, folder)
  if (!fs.existsSync(directory)) return []
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !except.includes(entry.name) && fs.existsSync(path.join(directory, entry.name, 'index.html')))
    .map((entry) => `${folder}${entry.name}/`)
    .sort()
}

/** The first page below a folder whose HTML passes `test` (e.g. the one holding a known title). */
export function findPage(dist: string, folder: string, test: (html: string) => boolean, except: readonly string[] = []): string | undefined {
  return pagesBelow(dist, folder, except).find((page) => test(readPage(dist, page)))
}
