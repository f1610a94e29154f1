/** Content languages: Traditional Chinese first; English falls back to it where a field has no translation. */
export const locales = [
  { code: 'zh-TW', label: '中文' },
  { code: 'en', label: 'English' },
] as const

export const defaultLocale = 'zh-TW'
