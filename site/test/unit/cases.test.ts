import { describe, expect, it } from 'vitest'

import {
  AWARDED,
  type CaseIndexEntry,
  countByValue,
  facetValuesOf,
  matchesSelection,
  selectionFromQuery,
  selectionToQuery,
} from '../../src/components/cases/caseIndex'
import { type CaseFields, caseFacetCounts, caseFacetLabel, caseFacetValues, caseIndexLabels, caseListings, toCaseIndexEntry } from '../../src/components/cases/cases'

const school = { id: 's1', name: '國立示範大學', county: 'taipei-city', unitName: '職涯發展中心', region: 'north', updatedAt: '', createdAt: '' } as const

const item = (slug: string, fields: Partial<CaseFields> = {}): CaseFields => ({
  slug,
  title: `案例 ${slug}`,
  school,
  region: 'north',
  academicYear: 113,
  planType: 'cross-school',
  activityFormat: 'series',
  topics: ['self-exploration'],
  award: { category: null, year: null, title: null },
  fallbackFields: new Set(),
  ...fields,
})

const entry = (slug: string, fields: Partial<CaseFields> = {}): CaseIndexEntry => toCaseIndexEntry(item(slug, fields), 'zh-TW')

describe('case index entries', () => {
  it('maps a case to the codes the filters match and what its card shows', () => {
    const mapped = toCaseIndexEntry(item('a', { award: { category: 'school', year: 2024, title: '績優學校' }, topics: null }), 'en')
    expect(mapped).toEqual({
      url: '/en/cases/a/',
      title: '案例 a',
      school: '國立示範大學',
      region: 'north',
      year: 113,
      plan: 'cross-school',
      format: 'series',
      topics: [],
      award: 'school',
      image: null,
    })
  })

  it('marks a title and school shown in Chinese on an English page', () => {
    const mapped = toCaseIndexEntry(item('a', { fallbackFields: new Set(['title', 'school']) }), 'en')
    expect(mapped.titleLang).toBe('zh-Hant-TW')
    expect(mapped.schoolLang).toBe('zh-Hant-TW')
    expect(toCaseIndexEntry(item('a', { fallbackFields: new Set(['title']) }), 'zh-TW').titleLang).toBeUndefined()
  })

  it('gives each facet its values: several topics, awarded only with an award category', () => {
    const awarded = entry('a', { topics: ['self-exploration', 'job-seeking'], award: { category: 'senior-staff' } })
    expect(facetValuesOf(awarded, 'topic')).toEqual(['self-exploration', 'job-seeking'])
    expect(facetValuesOf(awarded, 'awarded')).toEqual([AWARDED])
    expect(facetValuesOf(entry('b', { award: { category: null, year: 2024 } }), 'awarded')).toEqual([])
    expect(facetValuesOf(entry('c'), 'year')).toEqual(['113'])
    expect(facetValuesOf(entry('d', { region: null }), 'region')).toEqual([])
  })

  it('labels every value the cases use, in the page language', () => {
    const labels = caseIndexLabels([item('a'), item('b', { academicYear: 110 })], 'en')
    expect(labels.year).toEqual({ '113': '2024–25 academic year', '110': '2021–22 academic year' })
    expect(labels.region.central).toBe('Central')
    expect(labels.award['outstanding-staff']).toBe('Outstanding staff')
  })
})

describe('combined filters', () => {
  const entries = [
    entry('north-113', { region: 'north', academicYear: 113, topics: ['self-exploration', 'job-seeking'] }),
    entry('north-112', { region: 'north', academicYear: 112, topics: ['job-seeking'] }),
    entry('south-113', { region: 'south', academicYear: 113, topics: ['self-exploration'], award: { category: 'school' } }),
  ]

  it('combines facets with AND and ignores facets left empty', () => {
    const slugs = (selection: Parameters<typeof matchesSelection>[1]) => entries.filter((item) => matchesSelection(item, selection)).map((item) => item.url)
    expect(slugs({})).toHaveLength(3)
    expect(slugs({ region: 'north', year: '113' })).toEqual(['/cases/north-113/'])
    expect(slugs({ topic: 'job-seeking', region: 'north' })).toEqual(['/cases/north-113/', '/cases/north-112/'])
    expect(slugs({ awarded: AWARDED, region: 'north' })).toEqual([])
  })

  it('counts what each value would show given the other facets, not its own', () => {
    expect(Object.fromEntries(countByValue(entries, 'region'))).toEqual({ north: 2, south: 1 })
    // Choosing year 113 narrows the regions, but a chosen region does not hide the others.
    expect(Object.fromEntries(countByValue(entries, 'region', { year: '113', region: 'north' }))).toEqual({ north: 1, south: 1 })
    expect(Object.fromEntries(countByValue(entries, 'topic', { region: 'north' }))).toEqual({ 'self-exploration': 1, 'job-seeking': 2 })
  })

  it('reads and writes the selection of a shared address', () => {
    const selection = selectionFromQuery(new URLSearchParams('topic=job-seeking&utm_source=x&region=north&year='))
    expect(selection).toEqual({ region: 'north', topic: 'job-seeking' })
    expect(selectionToQuery(selection)).toBe('?region=north&topic=job-seeking')
    expect(selectionToQuery({})).toBe('')
  })
})

describe('filter pages', () => {
  const items = Array.from({ length: 14 }, (_, index) =>
    item(`c${index}`, { region: index < 13 ? 'north' : 'south', academicYear: index % 2 ? 112 : 113, award: { category: index === 0 ? 'school' : null } }),
  )

  it('offers every vocabulary value and the years that have cases, newest first', () => {
    const values = caseFacetValues(items)
    expect(values.region).toEqual(['north', 'central', 'south'])
    expect(values.year).toEqual(['113', '112'])
    expect(values.awarded).toEqual([AWARDED])
    expect(values.topic).toHaveLength(8)
  })

  it('builds every page of the list and of each filter, a page size at a time', () => {
    const listings = caseListings(items, 'zh-TW', 12)
    const page = (basePath: string, number = 1) => listings.find((listing) => listing.basePath === basePath && listing.page === number)
    expect(page('/cases/')).toMatchObject({ pages: 2, total: 14 })
    expect(page('/cases/', 2)?.items.map((listed) => listed.slug)).toEqual(['c12', 'c13'])
    expect(page('/cases/region/north/')).toMatchObject({ pages: 2, total: 13, active: { facet: 'region', value: 'north' } })
    // A region without cases still has its page, so links to it never break.
    expect(page('/cases/region/central/')).toMatchObject({ pages: 1, total: 0, items: [] })
    expect(page('/cases/awarded/yes/')?.items.map((listed) => listed.slug)).toEqual(['c0'])
    expect(page('/cases/year/112/')?.total).toBe(7)
  })

  it('counts the cases of each value for the filter links', () => {
    const counts = caseFacetCounts(items, 'zh-TW')
    expect(counts.region.get('north')).toBe(13)
    expect(counts.region.get('central')).toBeUndefined()
    expect(counts.awarded.get(AWARDED)).toBe(1)
  })

  it('labels filter values for readers', () => {
    expect(caseFacetLabel('year', '113', 'zh-TW')).toBe('113 學年度')
    expect(caseFacetLabel('awarded', AWARDED, 'en')).toBe('Award winners')
    expect(caseFacetLabel('topic', 'job-seeking', 'zh-TW')).toBe('求職技巧')
  })
})
