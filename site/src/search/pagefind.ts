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
  options: (options: { excerptLength?: number; excerptEllipsis?: string }) => Promise<void>
  init: () => Promise<void>
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindResponse>
  filters: () => Promise<FilterCounts>
}

let loading: Promise<Pagefind> | undefined

/**
 * Pagefind, loaded once; it picks the index of the page's language (`<html lang>`). Excerpt
 * length counts words, and every Chinese character is a word in this index (see `han.ts`).
 */
export function loadPagefind(excerptLength: number): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = `${import.meta.env.BASE_URL}pagefind/pagefind.js`
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind
    await pagefind.options({ excerptLength, excerptEllipsis: '…' })
    await pagefind.init()
    return pagefind
  })()
  loading.catch(() => (loading = undefined))
  return loading
}
