/**
 * The search index is written as several Pagefind indexes ("shards", `/pagefind/<n>/`) that the
 * search page merges (Pagefind's `mergeIndex`), so that a build after a small change rewrites only
 * the shards holding a changed page and links the others from the previous release: indexing
 * every page again took most of such a build.
 *
 * The first shard holds the pages that are not one document's own page (home, programme zones,
 * standing pages): few, and changed by edits of many documents. A document's page goes to one of
 * the others by a hash of its path without the language prefix, so both languages share one.
 */
import { splitLocale } from '../i18n/locales'

export const searchShardCount = 8

/** The folder of a shard's index (and its copy of Pagefind's script) in the site. */
export const searchShardPath = (shard: number) => `pagefind/${shard}/`

/** A document's own page: `/news/<slug>/`, `/media/videos/<slug>/`… */
const DOCUMENT_PAGE = /^\/(?:news|cases|galleries|library|materials|surveys|media\/videos|media\/ebooks)\/[^/]+\/$/

/** The shard a page's URL path is indexed in (for a document's page, FNV-1a of its path without language prefix). */
export function searchShardOf(url: string): number {
  const { path } = splitLocale(url)
  if (!DOCUMENT_PAGE.test(path)) return 0
  let hash = 0x811c9dc5
  for (const character of path) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193)
  return 1 + ((hash >>> 0) % (searchShardCount - 1))
}
