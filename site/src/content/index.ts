/**
 * The portal's content, by language, as pages read it: published documents from the snapshot,
 * English filled from Chinese where untranslated.
 */
import type { LocaleContent, PublicCollection, PublicGlobal } from 'cms/snapshot'

import { defaultLocale, type Locale } from '../i18n/locales'
import { noteSnapshotRead } from '../build/snapshotReads'
import { asOriginal, type Localised, localise } from './localise'
import { readSnapshot } from './snapshot'

export type { Localised } from './localise'

type Documents = LocaleContent['collections']
export type DocumentOf<Slug extends PublicCollection> = Localised<Documents[Slug][number]>

/** What was derived from each snapshot: a newer snapshot (in the preview server) starts afresh. */
const caches = new WeakMap<object, Map<string, unknown>>()

function memo<T>(key: string, make: () => T): T {
  const snapshot = readSnapshot()
  let cache = caches.get(snapshot)
  if (!cache) caches.set(snapshot, (cache = new Map()))
  if (!cache.has(key)) cache.set(key, make())
  return cache.get(key) as T
}

type Document = Documents[PublicCollection][number]

/** A document of each language, read from the CMS, shown in place of its published version. */
export type Draft = { collection: PublicCollection; id: string; byLocale: Record<Locale, Document> }

/** The draft being previewed while its page's props are worked out (see `withDraft`). */
let draft: Draft | undefined

/** Every document of a collection in one language as the portal shows it, English filled from Chinese. */
function localiseAll<D extends Document>(locale: Locale, documentsIn: (language: Locale) => D[]): Localised<D>[] {
  const originals = documentsIn(defaultLocale)
  if (locale === defaultLocale) return originals.map((document) => asOriginal(document))
  const translations = new Map(documentsIn(locale).map((document) => [document.id, document]))
  return originals.map((original) => {
    const translated = translations.get(original.id)
    return translated ? localise(translated, original) : asOriginal(original)
  })
}

const published = <Slug extends PublicCollection>(slug: Slug, language: Locale) =>
  readSnapshot().content[language].collections[slug] as Documents[Slug]

/** The published documents with the draft in place of its published version, or added last. */
function withDraftIn<D extends Document>(documents: D[], version: D): D[] {
  const index = documents.findIndex((document) => document.id === version.id)
  return index < 0 ? [...documents, version] : documents.with(index, version)
}

/** Every published document of a collection in one language, in the CMS's default order. */
export function getCollection<Slug extends PublicCollection>(slug: Slug, locale: Locale): DocumentOf<Slug>[] {
  const previewed = draft?.collection === slug ? draft : undefined
  noteSnapshotRead(`collection:${slug}`)
  const documents = previewed
    ? localiseAll(locale, (language) => withDraftIn<Document>(published(slug, language), previewed.byLocale[language]))
    : memo(`${slug}:${locale}`, () => localiseAll<Document>(locale, (language) => published(slug, language)))
  // The documents of `slug`, typed by the snapshot's collection map.
  return documents as unknown[] as DocumentOf<Slug>[]
}

/**
 * Runs `compute` (a page's `getStaticPaths`) as if the draft were published: the preview server
 * gets the draft's page props exactly as the build would make them. Synchronous, so no other
 * request can see the draft.
 */
export function withDraft<T>(previewed: Draft, compute: () => T): T {
  draft = previewed
  try {
    return compute()
  } finally {
    draft = undefined
  }
}

export type GlobalOf<Slug extends PublicGlobal> = Localised<LocaleContent['globals'][Slug]>

export function getGlobal<Slug extends PublicGlobal>(slug: Slug, locale: Locale): GlobalOf<Slug> {
  noteSnapshotRead(`global:${slug}`)
  return memo(`global:${slug}:${locale}`, () => {
    const { content } = readSnapshot()
    const original = content[defaultLocale].globals[slug]
    return locale === defaultLocale ? asOriginal(original) : localise(content[locale].globals[slug], original)
  }) as GlobalOf<Slug>
}

/** When the content was exported: the portal's "last updated" date where a page has no own date. */
export function exportedAt(): string {
  noteSnapshotRead('exportedAt')
  return readSnapshot().exportedAt
}

/** The language a field of a document is shown in: the page's, or Chinese where it fell back. */
export const langOf = (document: { fallbackFields: ReadonlySet<string> }, field: string, locale: Locale): Locale =>
  document.fallbackFields.has(field) ? defaultLocale : locale
