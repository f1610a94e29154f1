import { describe, expect, it } from 'vitest'

import { calendarYears, currentZoneYear, entriesOfYear, entryStatus, nextEntry, type CalendarEntry } from '../../src/content/zones'

const entry = (title: string, startDate: string, endDate?: string): CalendarEntry => ({ title, startDate, endDate: endDate ?? null })

const calendar = [
  entry('2026 call', '2026-03-01T00:00:00.000Z', '2026-04-30T00:00:00.000Z'),
  entry('2025 kick-off', '2025-01-01T00:00:00.000Z', '2025-01-31T00:00:00.000Z'),
  entry('2026 kick-off', '2026-01-01T00:00:00.000Z', '2026-01-31T00:00:00.000Z'),
  entry('2024 meeting', '2024-09-01T00:00:00.000Z'),
]

describe('zone years', () => {
  it('lists the years with entries, newest first', () => {
    expect(calendarYears(calendar)).toEqual([2026, 2025, 2024])
    expect(calendarYears(null)).toEqual([])
  })

  it('shows the snapshot year when it has entries', () => {
    expect(currentZoneYear(calendar, '2025-06-01')).toBe(2025)
  })

  it('falls back to the latest year with entries', () => {
    expect(currentZoneYear(calendar, '2027-02-01')).toBe(2026)
    expect(currentZoneYear(calendar, '2023-02-01')).toBe(2026)
    expect(currentZoneYear([], '2026-02-01')).toBeUndefined()
  })

  it('groups entries by the Taipei year they start in, in date order', () => {
    expect(entriesOfYear(calendar, 2026).map((item) => item.title)).toEqual(['2026 kick-off', '2026 call'])
    // 31 December 17:00 UTC is 1 January in Taipei.
    expect(entriesOfYear([entry('new year', '2025-12-31T17:00:00.000Z')], 2026)).toHaveLength(1)
  })
})

describe('entry status', () => {
  const call = calendar[0]!
  it('is upcoming before the start, ongoing through the last day, past after', () => {
    expect(entryStatus(call, '2026-02-28')).toBe('upcoming')
    expect(entryStatus(call, '2026-03-01')).toBe('ongoing')
    expect(entryStatus(call, '2026-04-30')).toBe('ongoing')
    expect(entryStatus(call, '2026-05-01')).toBe('past')
  })

  it('treats a one-day entry as ongoing on that day', () => {
    const deadline = entry('deadline', '2026-11-30T00:00:00.000Z')
    expect(entryStatus(deadline, '2026-11-30')).toBe('ongoing')
    expect(entryStatus(deadline, '2026-12-01')).toBe('past')
  })
})

describe('next entry', () => {
  it('is the earliest entry not yet over, whatever the calendar order', () => {
    expect(nextEntry(calendar, '2026-02-10')?.title).toBe('2026 call')
    expect(nextEntry(calendar, '2026-01-15')?.title).toBe('2026 kick-off')
  })

  it('is none once everything is over', () => {
    expect(nextEntry(calendar, '2026-05-01')).toBeUndefined()
    expect(nextEntry(null, '2026-05-01')).toBeUndefined()
  })
})
