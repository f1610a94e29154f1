/**
 * The portal's content, by language, as pages read it: published documents from the snapshot,
 * English filled from Chinese where untranslated.
 */
import type { LocaleContent, PublicCollection, PublicGlobal } from 'cms/snapshot'

import { defaultLocale, type Locale } from '../i18n/locales'
import { asOriginal, type Localised, localise } from './localise'
import { readSnapshot } from './snapshot'

export type { Localised } from './localise'

type Documents = LocaleContent['collections']
export type DocumentOf<Slug extends PublicCollection> = Localised<Documents[Slug][number]>

const cache = new Map<string, unknown>()

function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make())
  return cache.get(key) as T
}

/** Every published document of a collection in one language, in the CMS's default order. */
export function getCollection<Slug extends PublicCollection>(slug: Slug, locale: Locale): DocumentOf<Slug>[] {
  return memo(`${slug}:${locale}`, () => {
    const { content } = readSnapshot()
    const originals = content[defaultLocale].collections[slug] as Documents[Slug]
    if (locale === defaultLocale) return originals.map((document) => asOriginal(document))
    const translations = new Map((content[locale].collections[slug] as Documents[Slug]).map((document) => [document.id, document]))
    return originals.map((original) => {
      const translated = translations.get(original.id)
      return translated ? localise(translated, original) : asOriginal(original)
    })
  }) as DocumentOf<Slug>[]
}

export type GlobalOf<Slug extends PublicGlobal> = Localised<LocaleContent['globals'][Slug]>

export function getGlobal<Slug extends PublicGlobal>(slug: Slug, locale: Locale): GlobalOf<Slug> {
  return memo(`global:${slug}:${locale}`, () => {
    const { content } = readSnapshot()
    const original = content[defaultLocale].globals[slug]
    return locale === defaultLocale ? asOriginal(original) : localise(content[locale].globals[slug], original)
  }) as GlobalOf<Slug>
}

/** When the content was exported: the portal's "last updated" date where a page has no own date. */
export const exportedAt = () => readSnapshot().exportedAt

/** The language a field of a document is shown in: the page's, or Chinese where it fell back. */
export const langOf = (document: { fallbackFields: ReadonlySet<string> }, field: string, locale: Locale): Locale =>
  document.fallbackFields.has(field) ? defaultLocale : locale
