/** Photo galleries as pages show them: paths, the event's year and region, search facets. */
import type { Gallery } from 'cms/payload-types'
import { regions } from 'cms/vocabularies'

import type { SearchFacets } from '../../layouts/BaseLayout.astro'
import { isoDate, labelOf } from '../../i18n/format'
import type { Locale } from '../../i18n/locales'
import { galleryStrings } from '../../i18n/galleries'
import { common } from '../../i18n/strings'

/** Albums per page of the album list. */
export const GALLERIES_PER_PAGE = 12

/** Thumbnails in the album grid's widest row: they load at once, the rest when scrolled near. */
export const FIRST_ROW = 4

/** Path of an album without language prefix. */
export const galleryPath = (slug: string | null | undefined) => `/galleries/${slug}/`

/** The calendar year of the event, as it falls in Taiwan. */
export const eventYear = (gallery: Pick<Gallery, 'eventDate'>) => Number(isoDate(gallery.eventDate).slice(0, 4))

/** The event's region, or "national" for an album without one. */
export const galleryRegionLabel = (region: string | null | undefined, locale: Locale) =>
  region ? labelOf(regions, region, locale) : common(locale).national

/** How search finds an album: as a gallery, by region and by the event's year. */
export const gallerySearchFacets = (gallery: Pick<Gallery, 'eventDate' | 'region'>, locale: Locale): SearchFacets => ({
  type: galleryStrings(locale).galleries,
  region: galleryRegionLabel(gallery.region, locale),
  year: eventYear(gallery),
})
