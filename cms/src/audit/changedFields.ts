import { isDeepStrictEqual } from 'node:util'
import type { FlattenedField } from 'payload'

/** Kept by Payload itself, or already told by the entry's action. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

/** Secrets of accounts: never compared, so neither they nor their values reach the log. */
const secrets = new Set(['password', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'apiKey', 'apiKeyIndex', 'enableAPIKey', 'sessions', 'loginAttempts', 'lockUntil', '_verificationToken'])

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

const sameValue = (before: unknown, after: unknown) => (isEmpty(before) && isEmpty(after)) || isDeepStrictEqual(before, after)

type Values = Record<string, unknown> | null | undefined
const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {})

function compareFields(fields: FlattenedField[], before: Values, after: Values, prefix: string, locale: string | undefined, inLocalised: boolean, changed: string[]) {
  for (const field of fields) {
    if (field.type === 'join' || ('virtual' in field && field.virtual) || bookkeeping.has(field.name) || secrets.has(field.name)) continue
    if (field.hidden) continue
    // Localised values are named as in a document read with `locale=all`: `title.en`.
    const localised = Boolean(field.localized) && !inLocalised && Boolean(locale) && locale !== 'all'
    const path = localised ? `${prefix}${field.name}.${locale}` : `${prefix}${field.name}`
    compareField(field, before?.[field.name], after?.[field.name], path, locale, inLocalised || Boolean(field.localized), changed)
  }
}

function compareField(field: FlattenedField, before: unknown, after: unknown, path: string, locale: string | undefined, inLocalised: boolean, changed: string[]) {
  if (field.type === 'group' || field.type === 'tab') {
    compareFields(field.flattenedFields, asRecord(before), asRecord(after), `${path}.`, locale, inLocalised, changed)
  } else if (field.type === 'array') {
    const [rowsBefore, rowsAfter] = [before, after].map((rows) => (Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []))
    // Rows added or removed change the list; otherwise each row is compared field by field.
    if (rowsBefore.length !== rowsAfter.length) changed.push(path)
    else rowsAfter.forEach((row, index) => compareFields(field.flattenedFields, rowsBefore[index], row, `${path}.${index}.`, locale, inLocalised, changed))
  } else if (!sameValue(before, after)) {
    changed.push(path)
  }
}

/**
 * The paths of the fields whose values differ between two versions of a document read alike (same
 * depth, same locale, no fallback), e.g.
 * `['title.zh-TW', 'photos.0.caption.en', 'school']`: fields of groups and of array rows by their
 * full path, localised fields with the locale that was written. Values are never returned.
 */
export function changedFields(fields: FlattenedField[], before: Values, after: Values, locale?: string): string[] {
  const changed: string[] = []
  compareFields(fields, before, after, '', locale, false, changed)
  return changed
}
