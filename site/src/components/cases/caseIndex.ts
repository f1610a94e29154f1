/**
 * The exemplar cases' filters, shared by the build (filter pages, the JSON index) and the browser
 * (the combined filter form). Plain data and functions only: this module is bundled for the browser.
 */

/**
 * The facets cases are filtered by, in the order the filter panel shows them. Each name is both
 * the URL segment of a filter page (`/cases/region/north/`) and a query parameter (`?region=north`).
 */
export const caseFacets = ['region', 'year', 'plan', 'format', 'topic', 'awarded'] as const
export type CaseFacet = (typeof caseFacets)[number]

/** The only value of the `awarded` facet: cases with an award category. */
export const AWARDED = 'yes'

/**
 * How many cases a list page shows, and how many more the filter form adds at a time: six rows of
 * four cards on a wide screen, and half as many list pages to build as twelve would need.
 */
export const CASES_PER_PAGE = 24

/** A card's width at each viewport width (the card grid's columns), for `sizes`. */
export const CASE_CARD_SIZES = '(min-width: 75rem) 22rem, (min-width: 48rem) 45vw, 100vw'

/** A card photo as `<picture>` needs it: one `srcset` per format, the fallback and its size. */
export type CaseCardImage = { avif: string; webp: string; src: string; width: number; height: number; alt: string }

/** One case in the browser's filter index: what its card shows and what the filters match. */
export type CaseIndexEntry = {
  url: string
  title: string
  school: string
  /** Set when the title is shown in Chinese on an English page. */
  titleLang?: string
  /** Set when the school's name is shown in Chinese on an English page. */
  schoolLang?: string
  region: string | null
  /** 民國 academic year. */
  year: number
  plan: string
  format: string
  topics: string[]
  /** The award category, when the case won one. */
  award: string | null
  image: CaseCardImage | null
}

/** Labels of the codes in the index, in the index's language. */
export type CaseIndexLabels = Record<'region' | 'year' | 'plan' | 'format' | 'topic' | 'award', Record<string, string>>

/** The JSON the filter form loads: `/cases/index.json` per language. */
export type CaseIndex = { labels: CaseIndexLabels; cases: CaseIndexEntry[] }

/** The value chosen for each facet; a facet left out matches every case. */
export type CaseSelection = Partial<Record<CaseFacet, string>>

/** The values a case has for a facet: one for most, several topics, none when it lacks the field. */
export function facetValuesOf(entry: CaseIndexEntry, facet: CaseFacet): string[] {
  switch (facet) {
    case 'region':
      return entry.region ? [entry.region] : []
    case 'year':
      return [String(entry.year)]
    case 'plan':
      return [entry.plan]
    case 'format':
      return [entry.format]
    case 'topic':
      return entry.topics
    case 'awarded':
      return entry.award ? [AWARDED] : []
  }
}

/** Whether a case has every chosen value (facets combine with AND). */
export const matchesSelection = (entry: CaseIndexEntry, selection: CaseSelection): boolean =>
  caseFacets.every((facet) => {
    const wanted = selection[facet]
    return !wanted || facetValuesOf(entry, facet).includes(wanted)
  })

/**
 * How many cases each value of a facet would show, given the other facets' choices: the count
 * next to each option tells what choosing it leads to.
 */
export function countByValue(entries: readonly CaseIndexEntry[], facet: CaseFacet, selection: CaseSelection = {}): Map<string, number> {
  const others: CaseSelection = { ...selection, [facet]: undefined }
  const counts = new Map<string, number>()
  for (const entry of entries) {
    if (!matchesSelection(entry, others)) continue
    for (const value of facetValuesOf(entry, facet)) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

/** The selection a shared URL carries (`?region=north&year=113`); unknown parameters are ignored. */
export function selectionFromQuery(query: URLSearchParams): CaseSelection {
  const selection: CaseSelection = {}
  for (const facet of caseFacets) {
    const value = query.get(facet)?.trim()
    if (value) selection[facet] = value
  }
  return selection
}

/** The query string of a selection, facets in panel order: `?region=north&year=113`, or `''`. */
export function selectionToQuery(selection: CaseSelection): string {
  const query = new URLSearchParams()
  for (const facet of caseFacets) {
    const value = selection[facet]
    if (value) query.set(facet, value)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}
