/**
 * The sitemap page's tree: every section of the portal, and under it the pages that divide it
 * (categories, regions, facets, zones and their years, item types and tags). Paths come from the
 * sections' own helpers so the tree follows their URLs.
 */
import { libraryItemTypes, linkGroups, pageKinds, projectZones, regions } from 'cms/vocabularies'

import { caseFacetLabel, caseFacetValues, caseListPath } from '../cases/cases'
import { caseFacets } from '../cases/caseIndex'
import { libraryListPath, tagCounts } from '../library/libraryIndex'
import { mediaListPath } from '../media/media'
import { getCollection } from '../../content'
import { newsFilterKinds, newsFilterValues, newsListPath } from '../../content/news'
import { calendarYears } from '../../content/zones'
import { directory } from '../../i18n/directory'
import { labelOf } from '../../i18n/format'
import { galleryStrings } from '../../i18n/galleries'
import { libraryStrings } from '../../i18n/library'
import { linksStrings } from '../../i18n/links'
import { defaultLocale, type Locale } from '../../i18n/locales'
import { materialsStrings } from '../../i18n/materials'
import { mediaZoneStrings } from '../../i18n/mediaZone'
import { caseStrings } from '../../i18n/cases'
import { newsFilterLabel, newsStrings } from '../../i18n/news'
import { sitemapStrings } from '../../i18n/sitemap'
import { surveysStrings } from '../../i18n/surveys'
import { programmeYearLabel, zoneStrings } from '../../i18n/zones'

/** A page to link to; `lang` when its name is in the other language (library tags are Chinese). */
export type SitemapLink = { label: string; path: string; lang?: Locale }
/** A named set of links under a section: the categories, the regions. */
export type SitemapGroup = { label: string; links: SitemapLink[] }
/** A section of the site; one without a path of its own only gathers pages. */
export type SitemapSection = { label: string; path?: string; groups: SitemapGroup[] }

const section = (label: string, path: string | undefined, groups: SitemapGroup[] = []): SitemapSection => ({ label, path, groups })

export function siteSections(locale: Locale): SitemapSection[] {
  const t = sitemapStrings(locale)
  const news = newsStrings(locale)
  const newsGroupLabels = { category: news.category, region: news.region, zone: news.projectZone }
  const cases = caseStrings(locale)
  const caseValues = caseFacetValues(getCollection('cases', locale))
  const library = libraryStrings(locale)
  const tags = tagCounts(getCollection('library', locale))
  const zones = zoneStrings(locale)
  const media = mediaZoneStrings(locale)
  const zoneOrder = projectZones.map((option) => option.value)
  const zoneDocuments = getCollection('project-zones', locale).toSorted((a, b) => zoneOrder.indexOf(a.zone) - zoneOrder.indexOf(b.zone))

  return [
    section(t.home, '/'),
    section(news.news, '/news/', [
      ...newsFilterKinds.map((kind) => ({
        label: newsGroupLabels[kind],
        links: newsFilterValues[kind].map((value) => ({ label: newsFilterLabel({ kind, value }, locale), path: newsListPath({ kind, value }) })),
      })),
      { label: t.subscribe, links: [{ label: t.rss, path: '/news/rss.xml' }] },
    ]),
    section(
      zones.zones,
      '/zones/',
      zoneDocuments.map((zone) => ({
        label: labelOf(projectZones, zone.zone, locale),
        links: [
          { label: t.thisYear, path: `/zones/${zone.zone}/` },
          ...calendarYears(zone.calendar).map((year) => ({ label: programmeYearLabel(year, locale), path: `/zones/${zone.zone}/${year}/` })),
        ],
      })),
    ),
    section(
      cases.cases,
      '/cases/',
      caseFacets.map((facet) => ({
        label: cases[facet],
        links: caseValues[facet].map((value) => ({ label: caseFacetLabel(facet, value, locale), path: caseListPath(facet, value) })),
      })),
    ),
    section(galleryStrings(locale).galleries, '/galleries/'),
    section(materialsStrings(locale).materials, '/materials/'),
    section(library.library, '/library/', [
      { label: library.itemType, links: libraryItemTypes.map(({ value }) => ({ label: labelOf(libraryItemTypes, value, locale), path: libraryListPath({ kind: 'type', value }) })) },
      {
        label: t.tags,
        // Tags are written in Chinese only.
        links: tags.map(({ tag, key }) => ({ label: tag, path: libraryListPath({ kind: 'tag', value: key }), lang: locale === defaultLocale ? undefined : defaultLocale })),
      },
    ]),
    section(media.media, '/media/', [
      { label: t.categories, links: (['ebooks', 'videos'] as const).map((kind) => ({ label: media[kind], path: mediaListPath(kind) })) },
    ]),
    section(surveysStrings(locale).surveys, '/surveys/'),
    section(directory(locale).title, '/directory/', [
      { label: news.region, links: regions.map(({ value }) => ({ label: labelOf(regions, value, locale), path: `/directory/#${value}` })) },
    ]),
    section(linksStrings(locale).title, '/links/', [
      { label: t.categories, links: linkGroups.map(({ value }) => ({ label: labelOf(linkGroups, value, locale), path: `/links/#links-${value}` })) },
    ]),
    section(t.aboutSite, undefined, [
      {
        label: t.aboutSite,
        links: [
          ...(['about', 'privacy-security', 'accessibility', 'open-data'] as const).map((kind) => ({ label: labelOf(pageKinds, kind, locale), path: `/${kind}/` })),
          { label: t.search, path: '/search/' },
        ],
      },
    ]),
  ]
}
