/**
 * The part of Pagefind's browser API (1.6) the search page uses. The bundle is written by the
 * build into `/pagefind/` next to the index it reads, so it is imported at run time from there
 * and never bundled with the page's scripts.
 */
export type FilterCounts = Record<string, Record<string, number>>

export type PagefindFragment = {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
}

export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindFragment> }

export type PagefindResponse = {
  results: PagefindResult[]
  unfilteredResultCount: number
  /** With the query and the filters given, how many results each filter value would leave. */
  filters: FilterCounts
  totalFilters: FilterCounts
}

export type Pagefind = {
  options: (options: { excerptLength?: number; excerptEllipsis?: string; ranking?: { pageLength?: number } }) => Promise<void>
  init: () => Promise<void>
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindResponse>
  filters: () => Promise<FilterCounts>
}

let loading: Promise<Pagefind> | undefined

/**
 * Pagefind, loaded once; it picks the index of the page's language (`<html lang>`). Excerpt
 * length counts words, and every Chinese character is a word in this index (see `han.ts`).
 *
 * Pagefind's ranking favours short pages by default (`pageLength` 0.75), so a photo caption that
 * mentions 種子教師 outranked the seed-teacher zone that is about it. Programme pages and documents
 * are long by nature; at 0.25 they lead for their own subjects (checked on every test query).
 */
export function loadPagefind(excerptLength: number): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = `${import.meta.env.BASE_URL}pagefind/pagefind.js`
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind
    await pagefind.options({ excerptLength, excerptEllipsis: '…', ranking: { pageLength: 0.25 } })
    await pagefind.init()
    return pagefind
  })()
  loading.catch(() => (loading = undefined))
  return loading
}
