import { describe, expect, test } from 'vitest'

import { libraryListings, libraryListPath, tagCounts, tagKeys } from '../../src/components/library/libraryIndex'

type Item = { slug: string; itemType: 'policy' | 'competency-standard' | 'report'; tags: string[] | null }

const items: Item[] = [
  { slug: 'a', itemType: 'policy', tags: ['技職教育', '職業試探', '產學合作'] },
  { slug: 'b', itemType: 'policy', tags: ['技職教育', '臺北市'] },
  { slug: 'c', itemType: 'competency-standard', tags: ['職能基準', ' 職業試探 '] },
  { slug: 'd', itemType: 'report', tags: null },
]

describe('tag keys', () => {
  test('Chinese tags get ASCII keys from their pinyin', () => {
    const keys = tagKeys(['技職教育', '職能基準', 'AI 應用'])
    expect(keys.get('技職教育')).toBe('ji-zhi-jiao-yu')
    expect(keys.get('職能基準')).toBe('zhi-neng-ji-zhun')
    expect(keys.get('AI 應用')).toBe('ai-ying-yong')
    for (const key of keys.values()) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  test('tags that romanise alike get distinct keys, whatever order they come in', () => {
    const forward = tagKeys(['職業', '志業'])
    const backward = tagKeys(['志業', '職業'])
    expect(new Set(forward.values()).size).toBe(2)
    expect(forward).toEqual(backward)
    expect([...forward.values()].sort()).toEqual(['zhi-ye', 'zhi-ye-2'])
  })

  test('a tag without letters or digits still gets a key', () => {
    expect(tagKeys(['？']).get('？')).toBe('tag')
  })
})

describe('tag counts', () => {
  test('counts each tag once per item, ignoring surrounding spaces, most used first', () => {
    const counts = tagCounts(items)
    expect(counts.slice(0, 2).map(({ tag, count }) => [tag, count])).toEqual([
      ['技職教育', 2],
      ['職業試探', 2],
    ])
    expect(counts.find(({ tag }) => tag === '臺北市')).toEqual({ tag: '臺北市', key: 'tai-bei-shi', count: 1 })
    expect(counts).toHaveLength(5)
  })
})

describe('listings', () => {
  const listings = libraryListings(items, 2)

  test('the full list is paginated', () => {
    const all = listings.filter((listing) => !listing.filter)
    expect(all.map(({ page, pages, total }) => [page, pages, total])).toEqual([
      [1, 2, 4],
      [2, 2, 4],
    ])
    expect(all[0]!.basePath).toBe('/library/')
  })

  test('every item type has a page, even without items', () => {
    const book = listings.find((listing) => listing.filter?.kind === 'type' && listing.filter.value === 'book')
    expect(book).toMatchObject({ basePath: '/library/type/book/', total: 0, items: [] })
    const policy = listings.find((listing) => listing.filter?.kind === 'type' && listing.filter.value === 'policy')
    expect(policy!.items.map((item) => item.slug)).toEqual(['a', 'b'])
  })

  test('each tag in use has a page at its key with the items carrying it', () => {
    const tag = listings.find((listing) => listing.filter?.kind === 'tag' && listing.filter.tag === '職業試探')
    expect(tag!.basePath).toBe('/library/tag/zhi-ye-shi-tan/')
    expect(tag!.items.map((item) => item.slug)).toEqual(['a', 'c'])
    expect(libraryListPath({ kind: 'tag', value: 'zhi-ye-shi-tan' })).toBe(tag!.basePath)
  })
})
