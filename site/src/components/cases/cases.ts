/**
 * Exemplar cases as the build sees them: the filter index entry of a case, the values and labels of
 * each facet, and the paths of list and filter pages.
 */
import type { Case, School } from 'cms/payload-types'
import { activityFormats, awardCategories, caseTopics, planTypes, regions } from 'cms/vocabularies'

import { academicYearLabel, labelOf } from '../../i18n/format'
import { defaultLocale, htmlLang, localePath, type Locale } from '../../i18n/locales'
import { caseStrings } from '../../i18n/cases'
import type { Picture } from '../../media/images'
import { paginateList } from '../../content/paginate'
import { AWARDED, type CaseCardImage, type CaseFacet, type CaseIndexEntry, type CaseIndexLabels, CASES_PER_PAGE, caseFacets, countByValue, matchesSelection } from './caseIndex'

/** The fields of a case the list, filters and index use. */
export type CaseFields = Pick<Case, 'slug' | 'title' | 'school' | 'region' | 'academicYear' | 'planType' | 'activityFormat' | 'topics' | 'award'> & {
  fallbackFields: ReadonlySet<string>
}

/** The case's school when the snapshot carries it (a bare id means it is not public). */
export const schoolOf = (item: Pick<Case, 'school'>): School | undefined => (typeof item.school === 'object' ? item.school : undefined)

/** Path of a case without language prefix. */
export const casePath = (slug: string | null | undefined) => `/cases/${slug}/`

/** A list's first page without language prefix: `/cases/` or `/cases/region/north/`. */
export const caseListPath = (facet?: CaseFacet, value?: string) => (facet && value ? `/cases/${facet}/${value}/` : '/cases/')

/** The academic years that have cases, newest first. */
export const academicYears = (items: readonly Pick<Case, 'academicYear'>[]) => [...new Set(items.map((item) => item.academicYear))].sort((a, b) => b - a)

/**
 * Every value each facet offers, in the vocabulary's order: a filter page exists for each, even
 * one without cases yet, so links to it never break. Years are those that have cases.
 */
export function caseFacetValues(items: readonly Pick<Case, 'academicYear'>[]): Record<CaseFacet, string[]> {
  return {
    region: regions.map((option) => option.value),
    year: academicYears(items).map(String),
    plan: planTypes.map((option) => option.value),
    format: activityFormats.map((option) => option.value),
    topic: caseTopics.map((option) => option.value),
    awarded: [AWARDED],
  }
}

/** A facet value for readers: `北區`, `113 學年度`, `獲獎範例`. */
export function caseFacetLabel(facet: CaseFacet, value: string, locale: Locale): string {
  switch (facet) {
    case 'region':
      return labelOf(regions, value, locale)
    case 'year':
      return academicYearLabel(Number(value), locale)
    case 'plan':
      return labelOf(planTypes, value, locale)
    case 'format':
      return labelOf(activityFormats, value, locale)
    case 'topic':
      return labelOf(caseTopics, value, locale)
    case 'awarded':
      return caseStrings(locale).awardedYes
  }
}

/** The card data of a photo's `card` picture. */
export function cardImage(picture: Picture): CaseCardImage {
  const srcset = (type: string) => picture.sources.find((source) => source.type === type)?.srcset ?? ''
  return { avif: srcset('image/avif'), webp: srcset('image/webp'), src: picture.src, width: picture.width, height: picture.height, alt: picture.alt }
}

/** A case as the filter index holds it. */
export function toCaseIndexEntry(item: CaseFields, locale: Locale, image: CaseCardImage | null = null): CaseIndexEntry {
  const inChinese = (field: string) => locale !== defaultLocale && item.fallbackFields.has(field)
  return {
    url: localePath(locale, casePath(item.slug)),
    title: item.title,
    ...(inChinese('title') ? { titleLang: htmlLang[defaultLocale] } : {}),
    school: schoolOf(item)?.name ?? '',
    ...(inChinese('school') ? { schoolLang: htmlLang[defaultLocale] } : {}),
    region: item.region ?? null,
    year: item.academicYear,
    plan: item.planType,
    format: item.activityFormat,
    topics: item.topics ?? [],
    award: item.award?.category ?? null,
    image,
  }
}

/** The labels the browser needs to draw cards and options, for the values the cases use. */
export function caseIndexLabels(items: readonly Pick<Case, 'academicYear'>[], locale: Locale): CaseIndexLabels {
  const values = caseFacetValues(items)
  const table = (facet: CaseFacet) => Object.fromEntries(values[facet].map((value) => [value, caseFacetLabel(facet, value, locale)]))
  return {
    region: table('region'),
    year: table('year'),
    plan: table('plan'),
    format: table('format'),
    topic: table('topic'),
    award: Object.fromEntries(awardCategories.map((option) => [option.value, option.label[locale]])),
  }
}

export type CaseListing<Item> = {
  /** Absent for the unfiltered list. */
  active?: { facet: CaseFacet; value: string }
  /** The first page's path without language prefix. */
  basePath: string
  page: number
  pages: number
  /** How many cases the list holds across its pages. */
  total: number
  items: Item[]
}

/** Every page of the cases list and of each filter page, in the CMS's order (newest year first). */
export function caseListings<Item extends CaseFields>(items: readonly Item[], locale: Locale, pageSize = CASES_PER_PAGE): CaseListing<Item>[] {
  const entries = items.map((item) => ({ item, entry: toCaseIndexEntry(item, locale) }))
  const values = caseFacetValues(items)
  const lists: Array<CaseListing<Item>['active']> = [undefined, ...caseFacets.flatMap((facet) => values[facet].map((value) => ({ facet, value })))]
  return lists.flatMap((active) => {
    const matching = entries.filter(({ entry }) => !active || matchesSelection(entry, { [active.facet]: active.value })).map(({ item }) => item)
    return paginateList(matching, pageSize).map(({ page, pages, items: pageItems }) => ({
      active,
      basePath: caseListPath(active?.facet, active?.value),
      page,
      pages,
      total: matching.length,
      items: pageItems,
    }))
  })
}

type FacetCounts = Record<CaseFacet, Map<string, number>>
const countsByList = new WeakMap<readonly CaseFields[], Partial<Record<Locale, FacetCounts>>>()

/**
 * How many of all cases have each value of each facet: the filter links' counts. Every list page
 * shows the same counts, so they are counted once per list of cases and language.
 */
export function caseFacetCounts(items: readonly CaseFields[], locale: Locale): FacetCounts {
  const byLocale = countsByList.get(items) ?? {}
  countsByList.set(items, byLocale)
  byLocale[locale] ??= (() => {
    const entries = items.map((item) => toCaseIndexEntry(item, locale))
    return Object.fromEntries(caseFacets.map((facet) => [facet, countByValue(entries, facet)])) as FacetCounts
  })()
  return byLocale[locale]
}
