/**
 * One page of every kind the portal has, found in the built site: fixed addresses for the
 * sections, and for detail and filter pages the first one the build made. Paths are Chinese;
 * `inLanguage` gives the English counterpart.
 */
import { defaultLocale, localePath, type Locale, locales } from '../../src/i18n/locales'
import { existsInDist, pagesBelow } from './dist'

export type PageType = {
  name: string
  /** The page's Chinese path in `dist`, or undefined when the build has none of this kind. */
  find: (dist: string) => string | undefined
  /** One page in both languages (a static host serves a single not-found page). */
  bilingual?: true
}

const fixed = (path: string) => (dist: string) => (existsInDist(dist, path) ? path : undefined)
const firstBelow =
  (folder: string, except: readonly string[] = []) =>
  (dist: string) =>
    pagesBelow(dist, folder, except)[0]

/** Folders below `/news/` and `/cases/` that are lists, not articles. */
const newsLists = ['page', 'category', 'region', 'zone']
const caseFacets = ['page', 'region', 'year', 'plan', 'format', 'topic', 'awarded']

export const pageTypes: PageType[] = [
  { name: 'home', find: fixed('/') },
  { name: 'news list', find: fixed('/news/') },
  { name: 'news filter page', find: firstBelow('/news/category/') },
  { name: 'news detail', find: firstBelow('/news/', newsLists) },
  { name: 'news list page 2', find: fixed('/news/page/2/') },
  { name: 'zones index', find: fixed('/zones/') },
  { name: 'zone page', find: firstBelow('/zones/') },
  {
    name: 'zone archive year',
    find: (dist) => pagesBelow(dist, '/zones/').flatMap((zone) => pagesBelow(dist, zone))[0],
  },
  { name: 'cases list', find: fixed('/cases/') },
  { name: 'case filter page', find: firstBelow('/cases/region/') },
  {
    name: 'case filter page 2',
    find: (dist) => pagesBelow(dist, '/cases/region/', ['page']).map((region) => `${region}page/2/`).find((path) => existsInDist(dist, path)),
  },
  { name: 'case detail', find: firstBelow('/cases/', caseFacets) },
  { name: 'galleries list', find: fixed('/galleries/') },
  { name: 'gallery album', find: firstBelow('/galleries/') },
  { name: 'materials', find: fixed('/materials/') },
  { name: 'material detail', find: firstBelow('/materials/', ['kind']) },
  { name: 'materials of one kind', find: firstBelow('/materials/kind/') },
  { name: 'library list', find: fixed('/library/') },
  { name: 'library type page', find: firstBelow('/library/type/') },
  { name: 'library tag page', find: firstBelow('/library/tag/') },
  { name: 'library detail', find: firstBelow('/library/', ['type', 'tag']) },
  { name: 'media zone', find: fixed('/media/') },
  { name: 'e-book list', find: fixed('/media/ebooks/') },
  { name: 'e-book page', find: firstBelow('/media/ebooks/', ['page']) },
  { name: 'video list', find: fixed('/media/videos/') },
  { name: 'video page', find: firstBelow('/media/videos/', ['page']) },
  { name: 'surveys list', find: fixed('/surveys/') },
  { name: 'survey page', find: firstBelow('/surveys/') },
  { name: 'directory', find: fixed('/directory/') },
  { name: 'links', find: fixed('/links/') },
  { name: 'about', find: fixed('/about/') },
  { name: 'privacy and security policy', find: fixed('/privacy-security/') },
  { name: 'accessibility statement', find: fixed('/accessibility/') },
  { name: 'open-data statement', find: fixed('/open-data/') },
  { name: 'sitemap page', find: fixed('/sitemap/') },
  { name: 'search', find: fixed('/search/') },
  { name: 'not found (404)', find: fixed('/404.html'), bilingual: true },
]

/** The path of a Chinese page in a language: `/news/x/` → `/en/news/x/`. */
export const inLanguage = (path: string, locale: Locale) => localePath(locale, path)

/**
 * Every page type in both languages (bilingual pages once, as Chinese), as rows for
 * `it.each('%s (%s)', (name, locale, type) => …)`.
 */
export const pageTypesInBothLanguages = pageTypes.flatMap((type) =>
  (type.bilingual ? [defaultLocale] : locales).map((locale) => [type.name, locale, type] as [string, Locale, PageType]),
)

/** The path of a page type in a language, failing clearly when the build has no such page. */
export function pathOf(dist: string, type: PageType, locale: Locale): string {
  const path = type.find(dist)
  if (!path) throw new Error(`The build has no ${type.name} page`)
  const localised = inLanguage(path, locale)
  if (!existsInDist(dist, localised)) throw new Error(`The ${type.name} page ${path} has no ${locale} counterpart at ${localised}`)
  return localised
}
