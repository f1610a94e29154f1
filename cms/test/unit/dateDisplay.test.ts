/**
 * Every date an editor sees or picks in the admin reads year first with a 24-hour clock
 * (2027-01-12 14:00), as Taiwan writes dates and as the admin's own `dateFormat` does; a date
 * field without a display format would show Payload's American default ("Jan 12, 2027 2:00 PM").
 */
import type { Field, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { loadSanitizedConfig } from '../support/sanitizedConfig'

let config: SanitizedConfig
let removeDataFolder: () => void

beforeAll(async () => {
  ;({ config, removeDataFolder } = await loadSanitizedConfig())
})

afterAll(() => removeDataFolder())

type DateFieldAt = { path: string; field: Extract<Field, { type: 'date' }> }

/** The date fields the admin shows, with where they are, through rows, groups, arrays, tabs and blocks. */
function dateFields(fields: Field[], at: string): DateFieldAt[] {
  return fields.flatMap((field): DateFieldAt[] => {
    // Rows and tabs have neither setting.
    const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean }
    if (('hidden' in field && field.hidden) || admin.hidden || admin.disabled) return []
    const path = 'name' in field && field.name ? `${at}.${field.name}` : at
    if (field.type === 'date') return [{ path, field }]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, 'name' in tab && tab.name ? `${path}.${tab.name}` : path))
    if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => dateFields(block.fields, `${path}.${block.slug}`))
    return 'fields' in field ? dateFields(field.fields, path) : []
  })
}

test('the admin states its own date format, year first with a 24-hour clock', () => {
  expect(config.admin.dateFormat).toBe('yyyy-MM-dd HH:mm')
})

test('every date field the admin shows is written year first with a 24-hour clock', () => {
  const owners = [...config.collections, ...config.globals].filter((owner) => !owner.slug.startsWith('payload-'))
  const fields = owners.flatMap((owner) => dateFields(owner.fields, owner.slug))
  // The collections' own dates, not only Payload's: news, galleries, videos, project zones, builds, the audit log…
  expect(fields.length).toBeGreaterThan(10)
  for (const { path, field } of fields) {
    const { pickerAppearance, displayFormat, timeFormat }: { pickerAppearance?: string; displayFormat?: string; timeFormat?: string } =
      field.admin?.date ?? {}
    if (pickerAppearance === 'dayOnly') expect(displayFormat, path).toBe('yyyy-MM-dd')
    else {
      expect(displayFormat ?? '(none)', path).toMatch(/^yyyy-MM-dd HH:mm(:ss)?$/)
      expect(timeFormat, path).toBe('HH:mm')
    }
  }
})
