/**
 * The portal's two languages and their URLs: Chinese at `/`, English under `/en/`. Every page
 * exists in both, so each page links its counterpart (`hreflang`).
 */
export const locales = ['zh-TW', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'zh-TW'

const prefixes: Record<Locale, string> = { 'zh-TW': '', en: '/en' }

/** `/news/` in a language: `/news/` or `/en/news/`. Paths are written with a trailing slash. */
export function localePath(locale: Locale, path = '/'): string {
  const normalised = path.startsWith('/') ? path : `/${path}`
  return `${prefixes[locale]}${normalised}`
}

/** The language of a URL path and the path without its language prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === '/en' || pathname.startsWith('/en/')) return { locale: 'en', path: pathname.slice(3) || '/' }
  return { locale: defaultLocale, path: pathname }
}

/** The `lang` route parameter of `src/pages/[...lang]/`: absent for Chinese, `en` for English. */
export const langParam = (locale: Locale): string | undefined => (locale === defaultLocale ? undefined : locale)

/** Static paths for a page that exists once per language, with extra props per language. */
export function perLocale<Props extends object = object>(props: (locale: Locale) => Props = () => ({}) as Props) {
  return locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale, ...props(locale) } }))
}

/** Expands static paths of a page so each exists once per language. */
export function forEachLocale<Params extends Record<string, string | undefined>, Props extends object>(
  paths: (locale: Locale) => Array<{ params: Params; props: Props }>,
) {
  return locales.flatMap((locale) =>
    paths(locale).map(({ params, props }) => ({ params: { ...params, lang: langParam(locale) }, props: { ...props, locale } })),
  )
}

export const htmlLang: Record<Locale, string> = { 'zh-TW': 'zh-Hant-TW', en: 'en' }
