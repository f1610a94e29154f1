/** A label in both admin languages: Traditional Chinese first, English second. */
export type BilingualLabel = { 'zh-TW': string; en: string }

export const label = (zhTW: string, en: string): BilingualLabel => ({ 'zh-TW': zhTW, en })

/** Singular and plural labels for a collection; Chinese has no plural form. */
export const collectionLabels = (zhTW: string, enSingular: string, enPlural: string) => ({
  singular: label(zhTW, enSingular),
  plural: label(zhTW, enPlural),
})

export type Option<Value extends string = string> = { value: Value; label: BilingualLabel }

/** Builds select options from `[value, 中文, English]` rows. */
export const options = <Value extends string>(rows: ReadonlyArray<readonly [Value, string, string]>) =>
  rows.map(([value, zhTW, en]): Option<Value> => ({ value, label: label(zhTW, en) }))
