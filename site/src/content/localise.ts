/**
 * English pages show Chinese where a field has no English translation (the CMS exports English
 * without fallback). `localise` fills the gaps from the Chinese document and records which
 * top-level fields were filled, so pages can say so and mark those fragments `lang="zh-TW"`.
 */
export type Localised<T> = T & {
  /** Top-level fields shown in the default language because they have no translation. */
  readonly fallbackFields: ReadonlySet<string>
}

/** A set of field names that shows in JSON as their list (a build fingerprints page props as JSON). */
class FieldNames extends Set<string> {
  toJSON(): string[] {
    return [...this]
  }
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/** Rich text is all or nothing: an English body never mixes in Chinese paragraphs. */
const isRichText = (value: unknown) => typeof value === 'object' && value !== null && 'root' in value

function fill(translated: unknown, original: unknown): { value: unknown; filled: boolean } {
  if (isEmpty(translated)) return { value: original, filled: !isEmpty(original) }
  if (isRichText(translated) || isRichText(original)) return { value: translated, filled: false }
  if (Array.isArray(translated) && Array.isArray(original)) {
    let filled = false
    const value = translated.map((item, index) => {
      const result = fill(item, original[index])
      filled ||= result.filled
      return result.value
    })
    return { value, filled }
  }
  if (typeof translated === 'object' && typeof original === 'object' && original !== null && translated !== null) {
    // Related documents (a school, an image) are objects with an id: fill them field by field too.
    let filled = false
    const value: Record<string, unknown> = { ...translated }
    for (const [key, originalValue] of Object.entries(original)) {
      const result = fill((translated as Record<string, unknown>)[key], originalValue)
      value[key] = result.value
      filled ||= result.filled
    }
    return { value, filled }
  }
  return { value: translated, filled: false }
}

/** The translated document with gaps filled from the original. */
export function localise<T extends object>(translated: T, original: T): Localised<T> {
  const fallbackFields = new FieldNames()
  const value: Record<string, unknown> = { ...(translated as Record<string, unknown>) }
  for (const [key, originalValue] of Object.entries(original)) {
    const result = fill((translated as Record<string, unknown>)[key], originalValue)
    value[key] = result.value
    if (result.filled) fallbackFields.add(key)
  }
  return Object.assign(value as T, { fallbackFields })
}

/** The original language's document: nothing is filled. */
export const asOriginal = <T extends object>(document: T): Localised<T> =>
  Object.assign({ ...document }, { fallbackFields: new FieldNames() })
