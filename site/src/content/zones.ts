/**
 * A project zone's programme calendar as its pages show it: one page per year, the current one
 * chosen from the snapshot date, and each entry marked past, ongoing or upcoming on that date.
 * Dates are compared as Taipei calendar days (`2026-11-23`), whatever the build machine's zone.
 */
import type { ProjectZone } from 'cms/payload-types'

import { isoDate } from '../i18n/format'

export type CalendarEntry = NonNullable<ProjectZone['calendar']>[number]
export type EntryStatus = 'past' | 'ongoing' | 'upcoming'

/** The year an entry belongs to: the year it starts in. */
export const entryYear = (entry: Pick<CalendarEntry, 'startDate'>) => Number(isoDate(entry.startDate).slice(0, 4))

/** The years the calendar has entries for, newest first. */
export const calendarYears = (calendar: readonly CalendarEntry[] | null | undefined): number[] =>
  [...new Set((calendar ?? []).map(entryYear))].sort((a, b) => b - a)

/**
 * The year a zone's main page shows: the year of `today` when the calendar has entries for it,
 * otherwise the latest year that has entries; none for an empty calendar.
 */
export function currentZoneYear(calendar: readonly CalendarEntry[] | null | undefined, today: string): number | undefined {
  const years = calendarYears(calendar)
  const thisYear = Number(today.slice(0, 4))
  return years.includes(thisYear) ? thisYear : years[0]
}

/** A year's entries in date order. */
export const entriesOfYear = (calendar: readonly CalendarEntry[] | null | undefined, year: number): CalendarEntry[] =>
  (calendar ?? [])
    .filter((entry) => entryYear(entry) === year)
    .sort((a, b) => Date.parse(a.startDate) - Date.parse(b.startDate))

/** Whether an entry is over, under way or still to come on `today` (an ISO date, `2026-11-23`). */
export function entryStatus(entry: Pick<CalendarEntry, 'startDate' | 'endDate'>, today: string): EntryStatus {
  const start = isoDate(entry.startDate)
  const end = isoDate(entry.endDate ?? entry.startDate)
  if (end < today) return 'past'
  if (start > today) return 'upcoming'
  return 'ongoing'
}

/** What comes next on a zone's calendar: the first entry under way or still to come on `today`. */
export const nextEntry = (calendar: readonly CalendarEntry[] | null | undefined, today: string): CalendarEntry | undefined =>
  [...(calendar ?? [])].sort((a, b) => Date.parse(a.startDate) - Date.parse(b.startDate)).find((entry) => entryStatus(entry, today) !== 'past')
