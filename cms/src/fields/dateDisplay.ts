/**
 * How the admin shows and picks dates: year first and a 24-hour clock, as Taiwan writes them and as
 * the admin's own `dateFormat` does (Payload's default is American: "Jan 12, 2027 2:00 AM").
 */
export const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } as const

export const dayAndTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm' } } as const

/** For records of when the server did something, where seconds tell events apart. */
export const dayAndTimeWithSeconds = {
  date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss', timeFormat: 'HH:mm' },
} as const
