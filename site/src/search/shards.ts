/**
 * On a large site the search index is written as several Pagefind indexes ("shards",
 * `/pagefind/<n>/`) that the search page merges (Pagefind's `mergeIndex`), so that a build after
 * a small change rewrites only the shards holding a changed page and links the others from the
 * previous release: indexing every page again took most of such a build.
 *
 * Pagefind ranks each shard's pages with that shard's word statistics, so shards must be large
 * enough for those to be the site's: a small site has one (ranking exactly as one index), and a
 * shard holds about `pagesPerShard` pages. A page's shard follows from a hash of its path without
 * the language prefix, so both languages of a document share one. A full build sets the number
 * of shards; later builds keep it (`/pagefind/shards.json` tells the search page).
 */
import { splitLocale } from '../i18n/locales'

const pagesPerShard = 2000
const mostShards = 8

/**
 * The shards for a full build of a site of about `pages` searchable pages, or SITE_SEARCH_SHARDS
 * (tests use several on a small site). A full build after content grew or shrank across a boundary
 * can choose another number than the incremental builds before it kept.
 */
export function shardCountFor(pages: number): number {
  const configured = Number(process.env.SITE_SEARCH_SHARDS)
  if (Number.isInteger(configured) && configured > 0) return configured
  return Math.min(mostShards, Math.max(1, Math.round(pages / pagesPerShard)))
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
