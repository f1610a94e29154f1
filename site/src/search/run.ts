import { hasHan } from './han'
import { type ExcerptPart, parseExcerpt, readableText } from './excerpt'
import type { Pagefind, PagefindFragment, PagefindResult } from './pagefind'
import { FACETS, type Facet, hasSelection, pagefindFilters, planQuery, type SearchState } from './query'

export type SearchOutcome = {
  results: PagefindResult[]
  /** The exact phrase was found nowhere; these pages contain its words apart. */
  approximate: boolean
  /** For each facet, how many results each of its values would give with the other facets as ticked. */
  counts: Record<Facet, Record<string, number>>
}

/**
 * Runs a search as `planQuery` describes; `null` when there is nothing to search for. A query
 * with no words but ticked filters lists the pages those filters select. Pagefind counts filter
 * values only once its filter index has loaded: call `pagefind.filters()` first.
 */
export async function runSearch(pagefind: Pagefind, { query, selection }: SearchState): Promise<SearchOutcome | null> {
  const plan = planQuery(query)
  if (!plan.words && !hasSelection(selection)) return null
  const filters = pagefindFilters(selection)
  let term = plan.phrase ?? plan.words
  let response = await pagefind.search(term, { filters })
  let approximate = false
  if (plan.phrase && plan.words) {
    // Pagefind's unfiltered count of a phrase search counts the loose matches, so whether the
    // phrase is found anywhere takes a search without the filters.
    const phraseFound = response.results.length > 0 || (hasSelection(selection) && (await pagefind.search(plan.phrase)).results.length > 0)
    if (!phraseFound && plan.fallback) {
      term = plan.words
      response = await pagefind.search(term, { filters })
      approximate = true
    } else {
      response = { ...response, results: rankedLike(response.results, (await pagefind.search(plan.words, { filters })).results) }
    }
  }
  // Values within a facet widen the search (any of them), so a facet's counts are taken with
  // every filter but its own; Pagefind's own counts assume each value is added to all the others.
  const counts = {} as SearchOutcome['counts']
  for (const facet of FACETS) {
    counts[facet] = selection[facet].length
      ? ((await pagefind.search(term, { filters: pagefindFilters(selection, facet) })).filters[facet] ?? {})
      : (response.filters[facet] ?? {})
  }
  return { results: response.results, approximate, counts }
}

/** `results` in the order of `ranking` (which holds them all, and more). */
export function rankedLike<Result extends { id: string }>(results: Result[], ranking: readonly { id: string }[]): Result[] {
  const rank = new Map(ranking.map((result, index) => [result.id, index]))
  return [...results].sort((a, b) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size))
}

/** A search result as the page shows it. */
export type ResultView = {
  url: string
  title: string
  type?: string
  region?: string
  year?: string
  /** `2025-03-01`, for `<time datetime>`, and the date as the page's language writes it. */
  date?: { iso: string; label: string }
  excerpt: ExcerptPart[]
  /** Set where the text is Chinese on an English page (content not yet translated). */
  titleLang?: string
  excerptLang?: string
}

const otherLanguage = (text: string, pageLanguage: string) => (pageLanguage === 'en' && hasHan(text) ? 'zh-Hant-TW' : undefined)

export function resultView(fragment: PagefindFragment, pageLanguage: string): ResultView {
  const title = readableText(fragment.meta.title || fragment.url)
  const excerpt = parseExcerpt(fragment.excerpt)
  const { date, dateLabel, type } = fragment.meta
  return {
    url: fragment.url,
    title,
    type: type ?? fragment.filters.type?.[0],
    region: fragment.filters.region?.[0],
    year: fragment.filters.year?.[0],
    date: date ? { iso: date, label: dateLabel || date } : undefined,
    excerpt,
    titleLang: otherLanguage(title, pageLanguage),
    excerptLang: otherLanguage(excerpt.map((part) => part.text).join(''), pageLanguage),
  }
}
