/**
 * The library's filter pages: by item type and by tag. Tags are free Chinese text, so each gets an
 * ASCII key for its URL (`/library/tag/zhi-ye-shi-tan/`), romanised the way the CMS makes slugs.
 */
import type { Library } from 'cms/payload-types'
import { toSlug } from 'cms/slugify'
import { libraryItemTypes } from 'cms/vocabularies'

import { paginateList } from '../../content/paginate'

type LibraryFields = Pick<Library, 'itemType' | 'tags'>

export const LIBRARY_PAGE_SIZE = 20

/**
 * The URL key of every tag. Tags that romanise alike (同音字) are told apart by -2, -3… in the
 * order of their text, so a tag keeps its key whatever else is added to the library.
 */
export function tagKeys(tags: Iterable<string>): Map<string, string> {
  const distinct = [...new Set([...tags].map((tag) => tag.trim()).filter(Boolean))].sort()
  const keys = new Map<string, string>()
  const taken = new Set<string>()
  for (const tag of distinct) {
    const base = toSlug(tag) || 'tag'
    let key = base
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`
    taken.add(key)
    keys.set(tag, key)
  }
  return keys
}

export type TagCount = { tag: string; key: string; count: number }

/** Every tag with how many items carry it: most used first, then in Chinese stroke order. */
export function tagCounts(items: ReadonlyArray<LibraryFields>): TagCount[] {
  const counts = new Map<string, number>()
  for (const item of items) for (const tag of new Set((item.tags ?? []).map((tag) => tag.trim()).filter(Boolean))) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  const keys = tagKeys(counts.keys())
  const collator = new Intl.Collator('zh-TW')
  return [...counts]
    .map(([tag, count]) => ({ tag, key: keys.get(tag)!, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag))
}

export type LibraryFilter = { kind: 'type'; value: string } | { kind: 'tag'; value: string; tag: string }

/** A list's first page without language prefix: `/library/`, `/library/type/policy/`, `/library/tag/<key>/`. */
export const libraryListPath = (filter?: Pick<LibraryFilter, 'kind' | 'value'>) => (filter ? `/library/${filter.kind}/${filter.value}/` : '/library/')

export type LibraryListing<Item> = {
  filter?: LibraryFilter
  basePath: string
  page: number
  pages: number
  total: number
  items: Item[]
}

const matches = (item: LibraryFields, filter: LibraryFilter) =>
  filter.kind === 'type' ? item.itemType === filter.value : (item.tags ?? []).some((tag) => tag.trim() === filter.tag)

/**
 * Every page of the full list, of each item type (even an empty one, so its link never breaks) and
 * of each tag in use, in the order given.
 */
export function libraryListings<Item extends LibraryFields>(items: readonly Item[], pageSize = LIBRARY_PAGE_SIZE): LibraryListing<Item>[] {
  const filters: Array<LibraryFilter | undefined> = [
    undefined,
    ...libraryItemTypes.map((option): LibraryFilter => ({ kind: 'type', value: option.value })),
    ...tagCounts(items).map(({ tag, key }): LibraryFilter => ({ kind: 'tag', value: key, tag })),
  ]
  return filters.flatMap((filter) => {
    const matching = filter ? items.filter((item) => matches(item, filter)) : [...items]
    return paginateList(matching, pageSize).map(({ page, pages, items: pageItems }) => ({
      filter,
      basePath: libraryListPath(filter),
      page,
      pages,
      total: matching.length,
      items: pageItems,
    }))
  })
}
