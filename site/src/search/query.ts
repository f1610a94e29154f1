import { hasHan, splitHan } from './han'

/** The facets pages carry for search (`data-pagefind-filter` in BaseLayout), in display order. */
export const FACETS = ['type', 'region', 'year'] as const
export type Facet = (typeof FACETS)[number]

/** The values ticked in each facet: any of them within a facet, every facet at once. */
export type Selection = Record<Facet, string[]>

/** What the search page shows, as kept in its address: `/search/?q=種子教師&region=北區`. */
export type SearchState = { query: string; selection: Selection }

export const emptySelection = (): Selection => ({ type: [], region: [], year: [] })

const unique = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))]

export function stateFromSearch(search: string): SearchState {
  const params = new URLSearchParams(search)
  const selection = emptySelection()
  for (const facet of FACETS) selection[facet] = unique(params.getAll(facet))
  return { query: params.get('q')?.trim() ?? '', selection }
}

/** The address query for a state (`?q=…&type=…`), or `''` for an empty search. */
export function searchFromState({ query, selection }: SearchState): string {
  const params = new URLSearchParams()
  if (query.trim()) params.set('q', query.trim())
  for (const facet of FACETS) for (const value of unique(selection[facet])) params.append(facet, value)
  const search = params.toString()
  return search ? `?${search}` : ''
}

export const hasSelection = (selection: Selection): boolean => FACETS.some((facet) => selection[facet].length > 0)

/** Pagefind's filter object: the facets with ticked values, any value matching. */
export function pagefindFilters(selection: Selection, without?: Facet): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {}
  for (const facet of FACETS) if (facet !== without && selection[facet].length) filters[facet] = { any: [...selection[facet]] }
  return filters
}

/**
 * How to ask Pagefind for what someone typed.
 * - `phrase`: a phrase search. A Chinese term is a run of characters that Pagefind sees as
 *   separate words (see `han.ts`); searched loosely they may be scattered over a page (職涯諮詢
 *   matched 46 pages, 11 of which contain it), as a phrase they must stand together.
 * - `words`: every word anywhere on the page, Pagefind's usual search. It also ranks the phrase
 *   matches, which Pagefind scores all alike.
 * - `fallback`: when the phrase is found nowhere, show the pages with all its words instead.
 * Several words typed with spaces between them are searched as words only; a query in quotes
 * stays a phrase without fallback.
 */
export type QueryPlan = { phrase: string | null; words: string | null; fallback: boolean }

export function planQuery(query: string): QueryPlan {
  const typed = query.trim().replace(/\s+/g, ' ')
  const quoted = /^".*"$/.test(typed) && typed.length > 2
  const inner = quoted ? typed.slice(1, -1).trim() : typed
  const words = splitHan(inner, ' ').replace(/"/g, ' ').replace(/\s+/g, ' ').trim()
  if (!words) return { phrase: null, words: null, fallback: false }
  if (quoted) return { phrase: `"${words}"`, words, fallback: false }
  const oneRunOfSeveralWords = hasHan(inner) && !/\s/.test(inner) && words.includes(' ')
  return oneRunOfSeveralWords ? { phrase: `"${words}"`, words, fallback: true } : { phrase: null, words, fallback: false }
}
