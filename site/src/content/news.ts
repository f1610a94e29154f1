/**
 * How news is ordered, filtered and split into list pages. Every filter page exists for every
 * controlled value, even when it has no news yet, so that filter links never break.
 */
import type { News } from 'cms/payload-types'
import { newsCategories, projectZones, regions } from 'cms/vocabularies'

import { isoDate } from '../i18n/format'
import { paginateList } from './paginate'

type NewsFields = Pick<News, 'publishedAt' | 'category' | 'region' | 'projectZone' | 'pinned'>

/** News in the national programme rather than one region: the region filter's extra value. */
export const NATIONAL = 'national'

/** News items a list page shows (每頁 20 筆, as on most agency sites). */
export const NEWS_PAGE_SIZE = 20

/** Newest first; news published at the same moment keep the CMS's order. */
export const newestFirst = <Item extends Pick<News, 'publishedAt'>>(items: readonly Item[]): Item[] =>
  [...items].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))

/** The home page's selection: pinned news first, then the latest of the rest, `count` in all. */
export function pinnedThenLatest<Item extends Pick<News, 'publishedAt' | 'pinned'>>(items: readonly Item[], count: number): Item[] {
  const sorted = newestFirst(items)
  return [...sorted.filter((item) => item.pinned), ...sorted.filter((item) => !item.pinned)].slice(0, count)
}

/** The calendar year news was published in, as Taiwan reckons it. */
export const publishedYear = (item: Pick<News, 'publishedAt'>) => Number(isoDate(item.publishedAt).slice(0, 4))

export const newsFilterKinds = ['category', 'region', 'zone'] as const
export type NewsFilterKind = (typeof newsFilterKinds)[number]
export type NewsFilter = { kind: NewsFilterKind; value: string }

/** The values each filter offers, in the vocabulary's order (national after the regions). */
export const newsFilterValues: Record<NewsFilterKind, readonly string[]> = {
  category: newsCategories.map((option) => option.value),
  region: [...regions.map((option) => option.value), NATIONAL],
  zone: projectZones.map((option) => option.value),
}

export function matchesFilter(item: NewsFields, filter: NewsFilter): boolean {
  switch (filter.kind) {
    case 'category':
      return item.category === filter.value
    case 'region':
      return filter.value === NATIONAL ? !item.region : item.region === filter.value
    case 'zone':
      return item.projectZone === filter.value
  }
}

/** A list's first page without language prefix: `/news/` or `/news/category/call/`. */
export const newsListPath = (filter?: NewsFilter) => (filter ? `/news/${filter.kind}/${filter.value}/` : '/news/')

export type NewsListing<Item> = {
  /** Absent for the unfiltered list. */
  filter?: NewsFilter
  /** The first page's path without language prefix. */
  basePath: string
  page: number
  pages: number
  /** How many news the list holds across its pages. */
  total: number
  items: Item[]
}

/** Every page of the news list and of each filter, newest first. */
export function newsListings<Item extends NewsFields>(items: readonly Item[], pageSize = NEWS_PAGE_SIZE): NewsListing<Item>[] {
  const sorted = newestFirst(items)
  const filters: Array<NewsFilter | undefined> = [
    undefined,
    ...newsFilterKinds.flatMap((kind) => newsFilterValues[kind].map((value) => ({ kind, value }))),
  ]
  return filters.flatMap((filter) => {
    const matching = filter ? sorted.filter((item) => matchesFilter(item, filter)) : sorted
    return paginateList(matching, pageSize).map(({ page, pages, items: pageItems }) => ({
      filter,
      basePath: newsListPath(filter),
      page,
      pages,
      total: matching.length,
      items: pageItems,
    }))
  })
}
