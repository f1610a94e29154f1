/**
 * The search page: a query field searched as people type, filters by content type, region and
 * year, results ten at a time. What is searched lives in the address (`?q=…&region=…`) so a
 * search can be shared, and the header's search box lands here with `?q=`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { SearchStrings } from '../i18n/search'
import { facetOptions, type FacetOrder } from '../search/facets'
import { type FilterCounts, loadPagefind, type Pagefind } from '../search/pagefind'
import { FACETS, type Facet, hasSelection, searchFromState, type SearchState, stateFromSearch } from '../search/query'
import { type ResultView, resultView, runSearch, type SearchOutcome } from '../search/run'
import SearchFacets from './SearchFacets'
import SearchResult from './SearchResult'

type Props = {
  /** The page's `<html lang>`: `zh-Hant-TW` or `en`. */
  pageLanguage: string
  strings: SearchStrings
  order: FacetOrder
  sitemapHref: string
  /** The search page of the other language, offered with the same query. */
  otherLanguage: { href: string; lang: string }
}

const PAGE_SIZE = 10
/** Typing pauses this long before a search runs and the address changes. */
const TYPING_DELAY = 300

type Status = 'starting' | 'idle' | 'loading' | 'ready' | 'error'

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))

export default function Search({ pageLanguage, strings, order, sitemapHref, otherLanguage }: Props) {
  const [state, setState] = useState<SearchState>(() => stateFromSearch(window.location.search))
  const [typed, setTyped] = useState(state.query)
  const [status, setStatus] = useState<Status>('starting')
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null)
  const [shown, setShown] = useState<ResultView[]>([])
  const [allValues, setAllValues] = useState<FilterCounts>({})
  /** Pagefind and the site's filter values have loaded. */
  const [started, setStarted] = useState(false)

  const pagefind = useRef<Pagefind | null>(null)
  const composing = useRef(false)
  const loadingMore = useRef(false)
  const typingTimer = useRef<number | undefined>(undefined)
  const latestSearch = useRef(0)
  const firstNewResult = useRef<HTMLAnchorElement | null>(null)
  const focusFirstNew = useRef(false)
  const filtersHeading = useRef<HTMLHeadingElement | null>(null)

  const excerptLength = pageLanguage.startsWith('zh') ? 80 : 30

  useEffect(() => {
    loadPagefind(excerptLength)
      .then(async (loaded) => {
        pagefind.current = loaded
        setAllValues(await loaded.filters())
        setStarted(true)
      })
      .catch(() => setStatus('error'))
  }, [excerptLength])

  const views = useCallback(
    async (results: SearchOutcome['results']) => (await Promise.all(results.map((result) => result.data()))).map((fragment) => resultView(fragment, pageLanguage)),
    [pageLanguage],
  )

  // Every change of the query or the filters: keep the address, search, show the first results.
  useEffect(() => {
    if (!started || !pagefind.current) return
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${searchFromState(state)}${window.location.hash}`)
    const searchNumber = ++latestSearch.current
    setStatus('loading')
    runSearch(pagefind.current, state)
      .then(async (found) => {
        const first = found ? await views(found.results.slice(0, PAGE_SIZE)) : []
        if (searchNumber !== latestSearch.current) return
        setOutcome(found)
        setShown(first)
        setStatus(found ? 'ready' : 'idle')
      })
      .catch(() => searchNumber === latestSearch.current && setStatus('error'))
  }, [state, started, views])

  useEffect(() => {
    if (focusFirstNew.current && firstNewResult.current) {
      focusFirstNew.current = false
      firstNewResult.current.focus()
    }
  }, [shown])

  useEffect(() => () => window.clearTimeout(typingTimer.current), [])

  const searchNow = (typedQuery: string) => {
    const query = typedQuery.trim()
    window.clearTimeout(typingTimer.current)
    setState((current) => (current.query === query ? current : { ...current, query }))
  }

  const onType = (query: string) => {
    setTyped(query)
    // While an input method composes a character (注音, 倉頡), the field holds keys, not words.
    if (composing.current) return
    window.clearTimeout(typingTimer.current)
    typingTimer.current = window.setTimeout(() => searchNow(query), TYPING_DELAY)
  }

  const toggle = (facet: Facet, value: string, ticked: boolean) =>
    setState((current) => {
      const values = current.selection[facet].filter((existing) => existing !== value)
      return { ...current, selection: { ...current.selection, [facet]: ticked ? [...values, value] : values } }
    })

  const clearFilters = () => {
    setState((current) => ({ ...current, selection: { type: [], region: [], year: [] } }))
    filtersHeading.current?.focus()
  }

  const loadMore = async () => {
    // The button stays enabled while the next results load (a disabled button would drop the focus).
    if (!outcome || loadingMore.current) return
    loadingMore.current = true
    const searchNumber = latestSearch.current
    try {
      const more = await views(outcome.results.slice(shown.length, shown.length + PAGE_SIZE))
      if (searchNumber !== latestSearch.current) return
      focusFirstNew.current = true
      setShown((current) => [...current, ...more])
    } catch {
      setStatus('error')
    } finally {
      loadingMore.current = false
    }
  }

  const options = useMemo(
    () =>
      Object.fromEntries(
        FACETS.map((facet) => [
          facet,
          facetOptions(facet, {
            all: allValues[facet] ?? {},
            counts: outcome ? outcome.counts[facet] : (allValues[facet] ?? {}),
            selected: state.selection[facet],
            order,
            locale: pageLanguage,
          }),
        ]),
      ) as Record<Facet, ReturnType<typeof facetOptions>>,
    [allValues, outcome, state.selection, order, pageLanguage],
  )

  const total = outcome?.results.length ?? 0
  const query = state.query
  const filtered = hasSelection(state.selection)
  const summary =
    status !== 'ready'
      ? ''
      : total === 0
        ? query
          ? fill(strings.noResults, { query })
          : strings.noResultsFiltered
        : query
          ? fill(total === 1 ? strings.countOne : strings.count, { query, count: total })
          : fill(total === 1 ? strings.countFilteredOne : strings.countFiltered, { count: total })
  const remaining = total - shown.length

  return (
    <div className="search">
      <form
        className="search__form"
        role="search"
        aria-label={strings.formLabel}
        onSubmit={(event) => {
          event.preventDefault()
          searchNow(typed)
        }}
      >
        <label htmlFor="search-query">{strings.queryLabel}</label>
        <p id="search-query-hint" className="search__hint">
          {strings.queryHint}
        </p>
        <div className="search__field">
          <input
            id="search-query"
            type="search"
            name="q"
            value={typed}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="search-query-hint"
            onChange={(event) => onType(event.currentTarget.value)}
            onCompositionStart={() => (composing.current = true)}
            onCompositionEnd={(event) => {
              composing.current = false
              onType(event.currentTarget.value)
            }}
          />
          <button type="submit">{strings.submit}</button>
        </div>
      </form>

      <div className="search__layout">
        <section className="search__filters" aria-labelledby="search-filters-heading" hidden={status === 'error' && !started}>
          <h2 id="search-filters-heading" tabIndex={-1} ref={filtersHeading}>
            {strings.filters}
          </h2>
          <SearchFacets options={options} strings={strings} onToggle={toggle} />
          {filtered && (
            <button type="button" className="button button--secondary search__clear" onClick={clearFilters}>
              {strings.clearFilters}
            </button>
          )}
        </section>

        <section className="search__results" aria-labelledby="search-results-heading" aria-busy={status === 'loading'}>
          <h2 id="search-results-heading">{strings.results}</h2>
          <p role="status" className="search__summary">
            {summary}
            {status === 'ready' && outcome?.approximate && total > 0 && ` ${fill(strings.approximate, { query })}`}
          </p>
          {(status === 'starting' || status === 'loading') && (
            <p className="search__loading" aria-hidden="true">
              {strings.loading}
            </p>
          )}
          {status === 'idle' && <p>{strings.prompt}</p>}
          {status === 'error' && (
            <p className="notice" role="alert">
              {strings.error} <a href={sitemapHref}>{strings.sitemap}</a>
            </p>
          )}
          {status === 'ready' && total === 0 && (
            <p>
              {strings.noResultsHelp} <a href={sitemapHref}>{strings.sitemap}</a>
            </p>
          )}
          {shown.length > 0 && status !== 'error' && (
            <ol className="search__list">
              {shown.map((result, index) => (
                <SearchResult key={result.url} result={result} strings={strings} linkRef={index === shown.length - (shown.length % PAGE_SIZE || PAGE_SIZE) ? firstNewResult : undefined} />
              ))}
            </ol>
          )}
          {status === 'ready' && remaining > 0 && (
            <p className="search__more">
              <span className="meta">{fill(strings.showing, { to: shown.length })}</span>
              <button type="button" className="button" onClick={loadMore}>
                {strings.loadMore}
                {fill(strings.loadMoreRemaining, { count: remaining })}
              </button>
            </p>
          )}
          {status === 'ready' && query && (
            <p className="search__other-language">
              <a href={`${otherLanguage.href}?q=${encodeURIComponent(query)}`} hrefLang={otherLanguage.lang}>
                {fill(strings.otherLanguage, { query })}
              </a>
            </p>
          )}
        </section>
      </div>
    </div>
  )
}
