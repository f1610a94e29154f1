import { describe, expect, test } from 'vitest'

import { clockDuration, isoDuration } from '../../src/components/media/duration'

describe('video durations', () => {
  test('minutes and seconds, with hours only when needed', () => {
    expect(clockDuration(10)).toBe('00:10')
    expect(clockDuration(65)).toBe('01:05')
    expect(clockDuration(59.6)).toBe('01:00')
    expect(clockDuration(3600 + 2 * 60 + 5)).toBe('1:02:05')
    expect(clockDuration(-3)).toBe('00:00')
  })

  test('ISO 8601 durations for machines', () => {
    expect(isoDuration(10)).toBe('PT10S')
    expect(isoDuration(65)).toBe('PT1M5S')
    expect(isoDuration(120)).toBe('PT2M')
    expect(isoDuration(3600 + 5)).toBe('PT1H5S')
    expect(isoDuration(0)).toBe('PT0S')
  })
})
