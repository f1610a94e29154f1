import { type Option } from 'cms/labels'
import { fileTypeNames } from 'media'
import { rocYear } from 'cms/vocabularies'

import type { Locale } from './locales'

/** The label of a controlled value (a region, a plan type) in a language; the code when unknown. */
export function labelOf<Value extends string>(options: ReadonlyArray<Option<Value>>, value: string | null | undefined, locale: Locale): string {
  if (!value) return ''
  return options.find((option) => option.value === value)?.label[locale] ?? value
}

/** Taiwan's time zone: dates are shown as they fall in Taipei, whatever the build machine's zone. */
const TIME_ZONE = 'Asia/Taipei'

// Made once: creating a formatter costs far more than formatting (tens of seconds over a large site).
const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
const englishDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' })

/** `2026-11-20`: the machine-readable date for `<time datetime>`. */
export function isoDate(value: string | Date): string {
  const parts = isoDateFormat.formatToParts(new Date(value))
  const get = (type: string) => parts.find((part) => part.type === type)?.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** A date for readers: `2026-11-20（民國115年）` in Chinese, `20 November 2026` in English. */
export function displayDate(value: string | Date, locale: Locale, { withRoc = false } = {}): string {
  if (locale === 'en') return englishDateFormat.format(new Date(value))
  const iso = isoDate(value)
  return withRoc ? `${iso}（民國${rocYear(Number(iso.slice(0, 4)))}年）` : iso
}

/** 學年度 113 as readers know it: `113 學年度` or `2024–25 academic year`. */
export function academicYearLabel(rocAcademicYear: number, locale: Locale): string {
  if (locale === 'zh-TW') return `${rocAcademicYear} 學年度`
  const start = rocAcademicYear + 1911
  return `${start}–${String(start + 1).slice(2)} academic year`
}

/** A file size people read: `840 KB`, `12.5 MB`. */
export function fileSize(bytes: number | null | undefined): string {
  if (!bytes && bytes !== 0) return ''
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let size = bytes / 1024
  let unit = 0
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024
    unit++
  }
  return `${size >= 10 ? Math.round(size) : size.toFixed(1)} ${units[unit]}`
}

/** A short type name for a file's MIME type: `PDF`, `Word (.docx)`. */
export const fileTypeName = (mimeType: string | null | undefined) => (mimeType ? (fileTypeNames[mimeType] ?? mimeType) : '')
