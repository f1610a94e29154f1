/**
 * The directory's order: schools grouped by region, then county (in the order of the
 * vocabularies), sorted by name as readers of the language expect.
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

/** A region's convener of the latest year listed, with that year. */
export function latestConvener(region: Pick<RegionDocument, 'conveners'>): { year: number; school: School } | undefined {
  const latest = [...(region.conveners ?? [])].sort((a, b) => b.year - a.year)[0]
  return latest && typeof latest.school === 'object' ? { year: latest.year, school: latest.school } : undefined
}
