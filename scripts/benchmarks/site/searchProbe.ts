/**
 * What a search costs a visitor: in Chromium, on the built site's search page, the bytes
 * transferred and the time until the first page of results is ready, for a first search (Pagefind's
 * script, WebAssembly and index chunks load) and a second, different one in the same page.
 *
 * The search runs through Pagefind's JavaScript API, as the page's script does: `search()`, then
 * the data of the first ten results, so the figures do not depend on how results are displayed.
 */
import { chromium } from 'playwright-core'

export type SearchMeasurement = {
  query: string
  /** From the call until the first ten results' data is loaded, measured in the page. */
  milliseconds: number
  /** Bytes received (response headers and encoded bodies) while searching. */
  bytes: number
  requests: number
  results: number
}

export type SearchProbe = {
  /** The page searched from: `/search/`, or the home page while there is no search page. */
  page: string
  pageLoadBytes: number
  /** Of the page load, Pagefind's script, WebAssembly and metadata: the search page loads them when it opens. */
  pageLoadPagefindBytes: number
  searches: SearchMeasurement[]
}

/** Runs in the page (as text: the test runner's transpiler must not touch it). */
const searchInPage = `async (query) => {
  const started = performance.now()
  // The first shard's bundle, into which the search page merged the others.
  const pagefind = await import('/pagefind/0/pagefind.js')
  const search = await pagefind.search(query)
  await Promise.all(search.results.slice(0, 10).map((result) => result.data()))
  return { milliseconds: performance.now() - started, results: search.results.length }
}`

export async function probeSearch(siteURL: string, queries: readonly string[]): Promise<SearchProbe> {
  const hasSearchPage = (await fetch(`${siteURL}/search/`)).ok
  const pagePath = hasSearchPage ? '/search/' : '/'
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const context = await browser.newContext()
    // Pagefind fetches its index from a Web Worker: the context sees those requests, the page's own
    // DevTools session does not.
    let transfers: Array<Promise<{ pagefind: boolean; bytes: number }>> = []
    context.on('requestfinished', (request) => {
      const pagefind = new URL(request.url()).pathname.startsWith('/pagefind/')
      transfers.push(request.sizes().then((sizes) => ({ pagefind, bytes: sizes.responseHeadersSize + sizes.responseBodySize })))
    })
    /** What was transferred since the last call. */
    const transferred = async () => {
      // Let the last requests of a step finish.
      await new Promise((resolve) => setTimeout(resolve, 200))
      const done = await Promise.all(transfers)
      transfers = []
      const sum = (items: typeof done) => items.reduce((total, { bytes }) => total + bytes, 0)
      return { bytes: sum(done), pagefindBytes: sum(done.filter(({ pagefind }) => pagefind)), requests: done.length }
    }
    const page = await context.newPage()
    await page.goto(`${siteURL}${pagePath}`, { waitUntil: 'networkidle' })
    const pageLoad = await transferred()

    const searches: SearchMeasurement[] = []
    for (const query of queries) {
      const { milliseconds, results } = await page.evaluate(
        ([source, term]) => (0, eval)(source)(term) as Promise<{ milliseconds: number; results: number }>,
        [searchInPage, query] as const,
      )
      const { bytes, requests } = await transferred()
      searches.push({ query, milliseconds, results, bytes, requests })
    }
    return { page: pagePath, pageLoadBytes: pageLoad.bytes, pageLoadPagefindBytes: pageLoad.pagefindBytes, searches }
  } finally {
    await browser.close()
  }
}
