/**
 * The directory's order and contact links: schools grouped by region, then county (in the order
 * of the vocabularies), sorted by name as readers of the language expect.
 */
import type { Region as RegionDocument, School } from 'cms/payload-types'
import { countiesByRegion, type County, type Region, regionOfCounty, regions } from 'cms/vocabularies'

import { htmlLang, type Locale } from '../../i18n/locales'

export type CountyGroup<Entry> = { county: County; schools: Entry[] }
export type RegionGroup<Entry> = { region: Region; counties: CountyGroup<Entry>[] }

/** Regions and counties that have schools, each school once, in reading order. */
export function groupSchools<Entry extends Pick<School, 'name' | 'county' | 'region'>>(schools: readonly Entry[], locale: Locale): RegionGroup<Entry>[] {
  const collator = new Intl.Collator(htmlLang[locale])
  const byName = [...schools].sort((a, b) => collator.compare(a.name, b.name))
  return regions
    .map(({ value: region }) => ({
      region,
      counties: countiesByRegion[region]
        .map(([county]) => ({
          county,
          schools: byName.filter((school) => school.county === county && (school.region ?? regionOfCounty(school.county)) === region),
        }))
        .filter((group) => group.schools.length > 0),
    }))
    .filter((group) => group.counties.length > 0)
}

/**
 * A `tel:` address that phones dial from anywhere: a Taiwanese number with its country code
 * (02-2183-6641 → +886221836641) and an extension (`#2611`, `轉2611`, `ext. 2611`) after a pause.
 */
export function telHref(phone: string): string {
  const [number = '', extension] = phone.split(/\s*(?:#|轉|分機|ext\.?)\s*/i)
  let digits = number.replace(/[^\d+]/g, '')
  if (/^0[1-9]/.test(digits)) digits = `+886${digits.slice(1)}`
  const extensionDigits = extension?.replace(/\D/g, '')
  return `tel:${digits}${extensionDigits ? `,${extensionDigits}` : ''}`
}

/** A website's name for reading: its host without `www.`. */
export const siteHost = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** A region's convener of the latest year listed, with that year. */
export function latestConvener(region: Pick<RegionDocument, 'conveners'>): { year: number; school: School } | undefined {
  const latest = [...(region.conveners ?? [])].sort((a, b) => b.year - a.year)[0]
  return latest && typeof latest.school === 'object' ? { year: latest.year, school: latest.school } : undefined
}
