import { regions } from 'cms/vocabularies'
import { describe, expect, it } from 'vitest'

import { academicYearLabel, displayDate, fileSize, fileTypeName, isoDate, labelOf } from '../../src/i18n/format'

describe('labelOf', () => {
  it('gives the label of a controlled value in each language', () => {
    expect(labelOf(regions, 'north', 'zh-TW')).toBe('北區')
    expect(labelOf(regions, 'north', 'en')).toBe('North')
  })

  it('falls back to the code for an unknown value and to nothing for no value', () => {
    expect(labelOf(regions, 'east', 'en')).toBe('east')
    expect(labelOf(regions, null, 'zh-TW')).toBe('')
    expect(labelOf(regions, undefined, 'en')).toBe('')
  })
})

describe('dates', () => {
  it('gives the date as it falls in Taipei, whatever the machine’s time zone', () => {
    // 20:30 UTC on 19 November is 04:30 on 20 November in Taipei (UTC+8).
    expect(isoDate('2026-11-19T20:30:00.000Z')).toBe('2026-11-20')
    expect(isoDate(new Date('2026-01-01T00:00:00+08:00'))).toBe('2026-01-01')
  })

  it('shows ISO dates in Chinese, with the 民國 year on request, and spelled out in English', () => {
    expect(displayDate('2026-11-19T20:30:00.000Z', 'zh-TW')).toBe('2026-11-20')
    expect(displayDate('2026-11-19T20:30:00.000Z', 'zh-TW', { withRoc: true })).toBe('2026-11-20（民國115年）')
    expect(displayDate('2026-11-19T20:30:00.000Z', 'en')).toBe('20 November 2026')
  })
})

describe('academicYearLabel', () => {
  it('names a 學年度 in Chinese and as the August–July span in English', () => {
    expect(academicYearLabel(113, 'zh-TW')).toBe('113 學年度')
    expect(academicYearLabel(113, 'en')).toBe('2024–25 academic year')
    expect(academicYearLabel(88, 'en')).toBe('1999–00 academic year')
  })
})

describe('fileSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1024, '1.0 KB'],
    [840 * 1024, '840 KB'],
    [12.5 * 1024 * 1024, '13 MB'],
    [1.25 * 1024 * 1024, '1.3 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
    [5 * 1024 ** 4, '5120 GB'],
  ])('%d bytes is %s', (bytes, expected) => {
    expect(fileSize(bytes)).toBe(expected)
  })

  it('is empty when the size is unknown', () => {
    expect(fileSize(null)).toBe('')
    expect(fileSize(undefined)).toBe('')
  })
})

describe('fileTypeName', () => {
  it('names known types briefly and shows unknown ones as they are', () => {
    expect(fileTypeName('application/pdf')).toBe('PDF')
    expect(fileTypeName('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word (.docx)')
    expect(fileTypeName('application/x-unknown')).toBe('application/x-unknown')
    expect(fileTypeName(null)).toBe('')
  })
})
