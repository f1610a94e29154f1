/**
 * The search index can be written as several Pagefind indexes ("shards", `/pagefind/<n>/`) that
 * the search page merges (Pagefind's `mergeIndex`), so that a build after a small change rewrites
 * only the shards holding a changed page and links the others from the previous release: indexing
 * every page again is most of such a build on a large site.
 *
 * Pagefind ranks each shard's pages with that shard's own word statistics, so merged shards rank
 * differently from one index: on 10,000 documents the programme zones fell out of the first three
 * results for some of their own names. One index is the default; SITE_SEARCH_SHARDS sets another
 * number for full builds, and later builds keep it (`/pagefind/shards.json` tells the search page).
 * A page's shard follows from a hash of its path without the language prefix, so both languages of
 * a document share one.
 */
import { splitLocale } from '../i18n/locales'

/** The number of shards of a full build's index: SITE_SEARCH_SHARDS, else one. */
export function shardCountForFullBuild(): number {
  const configured = Number(process.env.SITE_SEARCH_SHARDS)
  return Number.isInteger(configured) && configured > 0 ? configured : 1
}

/** The folder of a shard's index (and its copy of Pagefind's script) in the site. */
export const searchShardPath = (shard: number) => `pagefind/${shard}/`

/** Where the site says how many shards its index has: `{ "shards": n }`. */
export const searchShardsFile = 'pagefind/shards.json'

/** The shard a page's URL path is indexed in, of `count` (FNV-1a of the path without language prefix). */
export function searchShardOf(url: string, count: number): number {
  let hash = 0x811c9dc5
  for (const character of splitLocale(url).path) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193)
  return (hash >>> 0) % count
}
