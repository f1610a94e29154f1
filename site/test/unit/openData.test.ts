import type { Case, Library, News, School } from 'cms/payload-types'
import { describe, expect, it } from 'vitest'

import {
  BOM,
  caseRecord,
  csvCell,
  datasetFields,
  datasetNames,
  latestUpdate,
  libraryRecord,
  newsRecord,
  schoolRecord,
  toCSV,
  toJSON,
} from '../../src/content/openData'

const site = 'https://career.example.gov.tw'

const school: School = {
  id: 'school-1',
  name: '國立成功大學',
  county: 'tainan-city',
  unitName: '學生事務處生涯輔導組',
  phone: '06-275-7575',
  email: 'career@example.edu.tw',
  address: '臺南市大學路1號',
  website: null,
  slug: 'ncku',
  region: 'south',
  demo: true,
  updatedAt: '2026-11-01T00:00:00.000Z',
  createdAt: '2026-11-01T00:00:00.000Z',
}

const exemplar: Case = {
  id: 'case-1',
  title: '職涯百寶箱',
  school,
  academicYear: 113,
  planType: 'cross-school',
  activityFormat: 'series',
  activityKinds: ['mentor-training', 'workshop'],
  subsidyScopes: ['staff-competence'],
  topics: ['guidance-skills'],
  summary: '共 10 場次',
  attachments: [{ id: 'doc-1', title: '成果報告', filename: '成果 報告.pdf', updatedAt: '', createdAt: '' }],
  slug: 'treasure-box',
  region: 'south',
  subsidised: true,
  award: { category: 'school', year: 2025, title: '績優學校' },
  demo: true,
  updatedAt: '2026-11-02T03:04:05.000Z',
  createdAt: '2026-11-01T00:00:00.000Z',
}

describe('records', () => {
  it('give codes beside labels in the page language, and absolute URLs', () => {
    const chinese = caseRecord(exemplar, { locale: 'zh-TW', site })
    expect(chinese).toMatchObject({
      url: `${site}/cases/treasure-box/`,
      school: '國立成功大學',
      county: 'tainan-city',
      countyLabel: '臺南市',
      region: 'south',
      regionLabel: '南區',
      academicYear: 113,
      academicYearLabel: '113 學年度',
      activityKinds: ['mentor-training', 'workshop'],
      activityKindLabels: ['職涯/企業導師培訓', '工作坊'],
      awardCategoryLabel: '學校類',
      attachmentUrls: [`${site}/files/documents/%E6%88%90%E6%9E%9C%20%E5%A0%B1%E5%91%8A.pdf`],
      demo: true,
    })
    const english = caseRecord(exemplar, { locale: 'en', site })
    expect(english).toMatchObject({ url: `${site}/en/cases/treasure-box/`, regionLabel: 'South', academicYearLabel: '2024–25 academic year' })
  })

  it('have exactly the documented fields, in order', () => {
    const records = {
      cases: caseRecord(exemplar, { locale: 'zh-TW', site }),
      news: newsRecord(
        { id: 'n', title: 't', category: 'event', publishedAt: '2026-11-17T18:00:00.000Z', updatedAt: '2026-11-17T18:00:00.000Z', createdAt: '' } satisfies News,
        { locale: 'zh-TW', site },
      ),
      directory: schoolRecord(school, { locale: 'zh-TW', site }),
      library: libraryRecord({ id: 'l', title: 't', itemType: 'policy', summary: 's', updatedAt: '', createdAt: '' } satisfies Library, { locale: 'zh-TW', site }),
    }
    for (const name of datasetNames) {
      expect(Object.keys(records[name])).toEqual(datasetFields[name].map((field) => field.name))
      for (const field of datasetFields[name]) expect(field.name).toMatch(/^[a-zA-Z]+$/)
    }
  })

  it('date news in Taiwan time and call regionless news national', () => {
    const record = newsRecord(
      { id: 'n', title: 't', category: 'event', publishedAt: '2026-11-17T18:00:00.000Z', updatedAt: '', createdAt: '' },
      { locale: 'zh-TW', site },
    )
    expect(record.publishedAt).toBe('2026-11-18')
    expect(record).toMatchObject({ region: null, regionLabel: '全國', projectZone: null, attachmentUrls: [] })
  })

  it('point a school at its entry in the directory', () => {
    expect(schoolRecord(school, { locale: 'en', site }).url).toBe(`${site}/en/directory/#school-ncku`)
  })
})

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and leaves plain text alone', () => {
    expect(csvCell('臺南市')).toBe('臺南市')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('他說「好」"OK"')).toBe('"他說「好」""OK"""')
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"')
  })

  it('writes lists, booleans, numbers and empty values plainly', () => {
    expect(csvCell(['講座', '工作坊'])).toBe('講座; 工作坊')
    expect(csvCell(true)).toBe('true')
    expect(csvCell(113)).toBe('113')
    expect(csvCell(null)).toBe('')
    expect(csvCell([])).toBe('')
  })

  it('keeps spreadsheets from running text as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+886 2 1234')).toBe("'+886 2 1234")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('02-1234')).toBe('02-1234')
  })

  it('starts with a byte-order mark and a header row, and ends rows with CRLF', () => {
    const fields = [
      { name: 'title', description: { 'zh-TW': '標題', en: 'Title' } },
      { name: 'tags', description: { 'zh-TW': '標籤', en: 'Tags' } },
    ] as const
    const csv = toCSV(fields, [
      { title: '職涯, 輔導', tags: ['a', 'b'] },
      { title: '第二筆', tags: [] },
    ])
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv).toBe(`${BOM}title,tags\r\n"職涯, 輔導",a; b\r\n第二筆,\r\n`)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })
})

describe('JSON', () => {
  it('carries a header with the licence and field descriptions before the records', () => {
    const fields = [{ name: 'title', description: { 'zh-TW': '標題', en: 'Title' } }] as const
    const header = {
      dataset: 'news' as const,
      title: 'News',
      description: 'd',
      language: 'en',
      publisher: 'YDA',
      generatedAt: '2026-11-23T00:00:00.000Z',
      updatedAt: '2026-11-20T00:00:00.000Z',
    }
    const parsed = JSON.parse(toJSON(header, fields, [{ title: 'x' }], 'en'))
    expect(Object.keys(parsed).at(-1)).toBe('records')
    expect(parsed).toMatchObject({
      ...header,
      licence: { name: 'Open Government Data License, version 1.0', url: 'https://data.gov.tw/license' },
      recordCount: 1,
      fields: [{ name: 'title', description: 'Title' }],
      records: [{ title: 'x' }],
    })
  })

  it('dates a dataset by its latest record', () => {
    expect(latestUpdate([{ updatedAt: '2026-01-01T00:00:00.000Z' }, { updatedAt: '2026-03-01T00:00:00.000Z' }])).toBe('2026-03-01T00:00:00.000Z')
    expect(latestUpdate([])).toBeNull()
  })
})
