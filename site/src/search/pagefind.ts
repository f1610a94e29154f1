/**
 * The part of Pagefind's browser API (1.6) the search page uses. The bundle is written by the
 * build into each shard's folder (`/pagefind/<n>/`, see `shards.ts`) next to the index it reads, so
 * it is imported at run time from the first and never bundled with the page's scripts.
 */
import { searchShardPath, searchShardsFile } from './shards'

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

type PagefindOptions = { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string; ranking?: { pageLength?: number } }

export type Pagefind = {
  options: (options: PagefindOptions) => Promise<void>
  init: () => Promise<void>
  /** Adds another index (a shard) to every search, with its own options; the first one's WebAssembly serves all. */
  mergeIndex: (indexPath: string, options?: PagefindOptions) => Promise<void>
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindResponse>
  filters: () => Promise<FilterCounts>
}

let loading: Promise<Pagefind> | undefined

/**
 * Pagefind with every shard of the site under `base` merged in: `load` imports the bundle of the
 * shard whose folder it is given. Each shard ranks and cuts excerpts with the same `options`.
 */
export async function loadShardedPagefind(load: (shardPath: string) => Promise<Pagefind>, base: string, options: PagefindOptions): Promise<Pagefind> {
  const listing = await fetch(`${base}${searchShardsFile}`)
  if (!listing.ok) throw new Error(`The search index is missing (${listing.status})`)
  const { shards } = (await listing.json()) as { shards: number }
  const pagefind = await load(`${base}${searchShardPath(0)}`)
  await pagefind.options(options)
  await pagefind.init()
  const others = Array.from({ length: shards - 1 }, (_, index) => `${base}${searchShardPath(index + 1)}`)
  await Promise.all(others.map((shardPath) => pagefind.mergeIndex(shardPath, options)))
  return pagefind
}

/**
 * Pagefind, loaded once with every shard; it picks the index of the page's language (`<html lang>`). Excerpt
 * length counts words, and every Chinese character is a word in this index (see `han.ts`).
 *
 * Pagefind's ranking favours short pages by default (`pageLength` 0.75), so a photo caption that
 * mentions 種子教師 outranked the seed-teacher zone that is about it. Programme pages and documents
 * are long by nature; at 0.25 they lead for their own subjects (checked on every test query).
 */
export function loadPagefind(excerptLength: number): Promise<Pagefind> {
  loading ??= loadShardedPagefind(
    (shardPath) => import(/* @vite-ignore */ `${shardPath}pagefind.js`) as Promise<Pagefind>,
    import.meta.env.BASE_URL,
    { excerptLength, excerptEllipsis: '…', ranking: { pageLength: 0.25 } },
  )
  loading.catch(() => (loading = undefined))
  return loading
}
