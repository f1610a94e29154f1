import { describe, expect, it } from 'vitest'

import { matchesFilter, NATIONAL, newestFirst, newsListings, newsListPath, pinnedThenLatest, publishedYear } from '../../src/content/news'

type Item = {
  id: string
  publishedAt: string
  category: 'announcement' | 'event' | 'press-release' | 'call' | 'result'
  region?: 'north' | 'central' | 'south' | null
  projectZone?: 'subsidy' | 'awards' | 'seed-teacher-training' | 'directors-meeting' | null
  pinned?: boolean | null
}

const item = (id: string, publishedAt: string, fields: Partial<Item> = {}): Item => ({ id, publishedAt, category: 'announcement', ...fields })

describe('news order', () => {
  it('puts the newest first and keeps the CMS order for equal dates', () => {
    const items = [item('a', '2026-01-01T00:00:00Z'), item('b', '2026-03-01T00:00:00Z'), item('c', '2026-01-01T00:00:00Z')]
    expect(newestFirst(items).map((news) => news.id)).toEqual(['b', 'a', 'c'])
  })

  it('shows pinned news before newer unpinned news on the home page', () => {
    const items = [
      item('new', '2026-11-01T00:00:00Z'),
      item('pinned-old', '2026-01-01T00:00:00Z', { pinned: true }),
      item('older', '2026-05-01T00:00:00Z'),
      item('pinned-new', '2026-06-01T00:00:00Z', { pinned: true }),
    ]
    expect(pinnedThenLatest(items, 3).map((news) => news.id)).toEqual(['pinned-new', 'pinned-old', 'new'])
  })

  it('dates news in Taipei: 20:00 UTC on 31 December is already the next year', () => {
    expect(publishedYear({ publishedAt: '2025-12-31T20:00:00Z' })).toBe(2026)
  })
})

describe('news filters', () => {
  it('treats news without a region as national', () => {
    expect(matchesFilter(item('a', '2026-01-01T00:00:00Z'), { kind: 'region', value: NATIONAL })).toBe(true)
    expect(matchesFilter(item('a', '2026-01-01T00:00:00Z', { region: 'north' }), { kind: 'region', value: NATIONAL })).toBe(false)
    expect(matchesFilter(item('a', '2026-01-01T00:00:00Z', { region: 'north' }), { kind: 'region', value: 'north' })).toBe(true)
  })

  it('matches categories and project zones', () => {
    const news = item('a', '2026-01-01T00:00:00Z', { category: 'call', projectZone: 'awards' })
    expect(matchesFilter(news, { kind: 'category', value: 'call' })).toBe(true)
    expect(matchesFilter(news, { kind: 'category', value: 'event' })).toBe(false)
    expect(matchesFilter(news, { kind: 'zone', value: 'awards' })).toBe(true)
    expect(matchesFilter(news, { kind: 'zone', value: 'subsidy' })).toBe(false)
  })

  it('writes list paths with a trailing slash', () => {
    expect(newsListPath()).toBe('/news/')
    expect(newsListPath({ kind: 'zone', value: 'seed-teacher-training' })).toBe('/news/zone/seed-teacher-training/')
  })
})

describe('news list pages', () => {
  const items = Array.from({ length: 23 }, (_, index) =>
    item(`n${index}`, new Date(Date.UTC(2026, 0, index + 1)).toISOString(), { region: index % 2 ? 'south' : null }),
  )
  const listings = newsListings(items, 10)

  it('splits the full list into pages of ten, newest first', () => {
    const full = listings.filter((listing) => !listing.filter)
    expect(full.map((listing) => listing.items.length)).toEqual([10, 10, 3])
    expect(full[0]!.items[0]!.id).toBe('n22')
    expect(full.every((listing) => listing.total === 23 && listing.pages === 3)).toBe(true)
  })

  it('makes a page for every filter value, even one without news', () => {
    const central = listings.filter((listing) => listing.filter?.kind === 'region' && listing.filter.value === 'central')
    expect(central).toHaveLength(1)
    expect(central[0]).toMatchObject({ basePath: '/news/region/central/', page: 1, pages: 1, total: 0, items: [] })
    const national = listings.filter((listing) => listing.filter?.value === NATIONAL)
    expect(national.map((listing) => listing.items.length)).toEqual([10, 2])
    expect(national.every((listing) => listing.items.every((news) => !news.region))).toBe(true)
  })
})
