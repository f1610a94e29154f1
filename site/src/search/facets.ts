import type { Facet } from './query'

/** One checkbox of a facet: a value pages carry, how many results it would give, whether ticked. */
export type FacetOption = { value: string; count: number; selected: boolean }

/** Facet values are labels in the page's language (`北區`, `News`, `2025`). */
export type FacetOrder = {
  /** Regions in the order of the vocabulary (north, central, south, then national). */
  region: readonly string[]
}

const firstNumber = (value: string) => {
  const match = value.match(/\d+/)
  return match ? Number(match[0]) : Number.NaN
}

const byLabel = (locale: string) => (a: string, b: string) => a.localeCompare(b, locale)

/**
 * The options of a facet in a stable order, so boxes do not move while people type: content
 * types by how many pages they have on the whole site, regions as the vocabulary lists them,
 * years newest first. Every value the site has is listed, with 0 where the current search has
 * none, so that a ticked box never disappears under the keyboard focus.
 */
export function facetOptions(
  facet: Facet,
  { all, counts, selected, order, locale }: { all: Record<string, number>; counts: Record<string, number>; selected: readonly string[]; order: FacetOrder; locale: string },
): FacetOption[] {
  const values = [...new Set([...Object.keys(all), ...selected])]
  const compareLabels = byLabel(locale)
  const sorted = values.sort((a, b) => {
    if (facet === 'type') return (all[b] ?? 0) - (all[a] ?? 0) || compareLabels(a, b)
    if (facet === 'region') {
      const rank = (value: string) => (order.region.includes(value) ? order.region.indexOf(value) : order.region.length)
      return rank(a) - rank(b) || compareLabels(a, b)
    }
    const [yearA, yearB] = [firstNumber(a), firstNumber(b)]
    if (Number.isNaN(yearA) || Number.isNaN(yearB)) return Number.isNaN(yearA) === Number.isNaN(yearB) ? compareLabels(a, b) : Number.isNaN(yearA) ? 1 : -1
    return yearB - yearA || compareLabels(a, b)
  })
  return sorted.map((value) => ({ value, count: counts[value] ?? 0, selected: selected.includes(value) }))
}
