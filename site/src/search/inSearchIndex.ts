import { defaultLocale, type Locale } from '../i18n/locales'

/**
 * Whether a document's page goes into the search index of its language. The English page of a
 * document without an English title is Chinese text in an English frame: English searches do not
 * match it, and indexing it again would make the English index as large as the Chinese one (a
 * third of the build on 10,000 documents). The English search page offers the same search on the
 * Chinese site, which holds every page.
 */
export const inSearchIndex = (locale: Locale, document: { fallbackFields: ReadonlySet<string> }): boolean =>
  locale === defaultLocale || !document.fallbackFields.has('title')
