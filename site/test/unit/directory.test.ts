import { describe, expect, it } from 'vitest'

import { groupSchools, latestConvener } from '../../src/components/directory/directory'
import { filterText } from '../../src/components/directory/filterText'

type Entry = { name: string; county: 'taipei-city' | 'keelung-city' | 'tainan-city'; region?: 'north' | 'south' | null }

describe('groupSchools', () => {
  const schools: Entry[] = [
    { name: '臺北醫學大學', county: 'taipei-city', region: 'north' },
    { name: '國立成功大學', county: 'tainan-city', region: 'south' },
    { name: '中國文化大學', county: 'taipei-city' },
    { name: '國立臺灣海洋大學', county: 'keelung-city', region: 'north' },
  ]

  it('orders regions and counties as the vocabularies do and leaves out empty ones', () => {
    const groups = groupSchools(schools, 'zh-TW')
    expect(groups.map((group) => group.region)).toEqual(['north', 'south'])
    expect(groups[0]!.counties.map((group) => group.county)).toEqual(['keelung-city', 'taipei-city'])
  })

  it('places a school without a region by its county, and sorts names by the reader\'s collation', () => {
    const taipei = groupSchools(schools, 'zh-TW')[0]!.counties[1]!.schools.map((school) => school.name)
    expect(taipei).toEqual(['中國文化大學', '臺北醫學大學'])
    const english = groupSchools(
      [
        { name: 'Taipei Medical University', county: 'taipei-city' },
        { name: 'Chinese Culture University', county: 'taipei-city' },
      ],
      'en',
    )
    expect(english[0]!.counties[0]!.schools.map((school) => school.name)).toEqual(['Chinese Culture University', 'Taipei Medical University'])
  })
})

describe('filterText', () => {
  it('treats 台 and 臺, widths and letter case alike', () => {
    expect(filterText('台北ＡＢＣ')).toBe(filterText('臺北abc'))
  })
})

describe('latestConvener', () => {
  const school = (id: string) => ({ id, name: id, county: 'tainan-city' as const, unitName: '', updatedAt: '', createdAt: '' })
  it('picks the convener of the latest year', () => {
    expect(latestConvener({ conveners: [{ year: 2026, school: school('b') }, { year: 2025, school: school('a') }] })).toMatchObject({ year: 2026, school: { id: 'b' } })
    expect(latestConvener({ conveners: [] })).toBeUndefined()
  })
})
