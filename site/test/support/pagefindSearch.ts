/**
 * Searches a built site's Pagefind index in Node, with Pagefind's own browser bundle: its files
 * are fetched from disk and it is told the page language a browser would find in `<html lang>`.
 */
import fs from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { loadShardedPagefind, type Pagefind } from '../../src/search/pagefind'

type Found = { url: string; score: number; title: string | undefined; excerpt: string }
export type SearchAnswers = { filters: unknown; queries: Record<string, Found[]> }

let installed = false

/** What Pagefind's bundle needs of a browser: `fetch` of its own files, a location and the page language. */
function installBrowserStandIns(lang: string): void {
  const global = globalThis as unknown as { document: unknown; window: unknown }
  global.document = { querySelector: () => ({ getAttribute: () => lang }), currentScript: null }
  if (installed) return
  installed = true
  global.window = { location: { href: 'http://localhost/', origin: 'http://localhost' } }
  const networkFetch = globalThis.fetch
  globalThis.fetch = async (input, init) => {
    const href = input instanceof Request ? input.url : String(input)
    if (!href.startsWith('file:')) return networkFetch(input, init)
    const bytes = await fs.readFile(fileURLToPath(href.split('?')[0]!))
    return new Response(bytes, { headers: { 'content-type': href.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } })
  }
}

/**
 * Every result of each query in `lang`'s index of the site in `siteDir` (url, score, title and
 * excerpt, best first, ties by url), and the index's filter values with their counts.
 */
export async function searchBuiltSite(siteDir: string, lang: string, queries: readonly string[]): Promise<SearchAnswers> {
  installBrowserStandIns(lang)
  const pagefind = await loadShardedPagefind(
    async (shardPath) => {
      // A module instance of its own per site and language: the bundle keeps one index loaded.
      const bundle = (await import(/* @vite-ignore */ `${shardPath}pagefind.js?${encodeURIComponent(`${siteDir}:${lang}`)}`)) as Pagefind & {
        options: (options: { basePath: string }) => Promise<void>
      }
      await bundle.options({ basePath: shardPath })
      return bundle
    },
    `${pathToFileURL(siteDir).href}/`,
    { baseUrl: '/' },
  )
  const answers: SearchAnswers = { filters: await pagefind.filters(), queries: {} }
  for (const query of queries) {
    const { results } = await pagefind.search(query)
    const found = await Promise.all(
      results.map(async (result) => {
        const data = await result.data()
        return { url: data.url, score: result.score, title: data.meta.title, excerpt: data.excerpt }
      }),
    )
    answers.queries[query] = found.sort((a, b) => b.score - a.score || a.url.localeCompare(b.url))
  }
  return answers
}
