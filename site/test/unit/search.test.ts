import { describe, expect, test } from 'vitest'

import { parseExcerpt, readableText } from '../../src/search/excerpt'
import { facetOptions } from '../../src/search/facets'
import { indexSeparator, joinHan, splitHan } from '../../src/search/han'
import { isSearchable, pageLanguage, prepareForIndex } from '../../src/search/indexHtml'
import { emptySelection, pagefindFilters, planQuery, searchFromState, stateFromSearch } from '../../src/search/query'
import type { Pagefind } from '../../src/search/pagefind'
import { rankedLike, resultView, runSearch, type SearchOutcome } from '../../src/search/run'

const ZWSP = '\u200B'

describe('Han characters as words', () => {
  test('every Han character is set apart, from each other and from letters and digits', () => {
    expect(splitHan('種子教師', ' ')).toBe('種 子 教 師')
    expect(splitHan('107年UCAN職涯', ' ')).toBe('107 年 UCAN 職 涯')
    expect(splitHan('career guidance', ' ')).toBe('career guidance')
    expect(splitHan('高職、優質化', ZWSP)).toBe(`高${ZWSP}職、優${ZWSP}質${ZWSP}化`)
  })

  test('Chinese pages take a zero-width space, others a space', () => {
    expect(indexSeparator('zh-Hant-TW')).toBe(ZWSP)
    expect(indexSeparator('en')).toBe(' ')
  })

  test('joining takes out separators between Han characters only, across pieces', () => {
    expect(joinHan([`種${ZWSP}子`, ' 教 師', ' and UCAN'])).toEqual(['種子', '教師', ' and UCAN'])
    expect(joinHan(['Seed teacher 種 子'])).toEqual(['Seed teacher 種子'])
  })
})

describe('query planning', () => {
  test('a Chinese term is searched as a phrase of its characters, ranked and backed by its words', () => {
    expect(planQuery(' 種子教師 ')).toEqual({ phrase: '"種 子 教 師"', words: '種 子 教 師', fallback: true })
    expect(planQuery('UCAN職涯')).toEqual({ phrase: '"UCAN 職 涯"', words: 'UCAN 職 涯', fallback: true })
  })

  test('words typed apart, English and single characters are searched as words', () => {
    expect(planQuery('種子教師 北區')).toEqual({ phrase: null, words: '種 子 教 師 北 區', fallback: false })
    expect(planQuery('career  guidance')).toEqual({ phrase: null, words: 'career guidance', fallback: false })
    expect(planQuery('職')).toEqual({ phrase: null, words: '職', fallback: false })
  })

  test('a quoted query stays a phrase without fallback; empty queries search nothing', () => {
    expect(planQuery('"seed teachers"')).toEqual({ phrase: '"seed teachers"', words: 'seed teachers', fallback: false })
    expect(planQuery('"優良範例"')).toEqual({ phrase: '"優 良 範 例"', words: '優 良 範 例', fallback: false })
    expect(planQuery('   ')).toEqual({ phrase: null, words: null, fallback: false })
    expect(planQuery('""')).toEqual({ phrase: null, words: null, fallback: false })
  })

  test('phrase matches take the order of the word search', () => {
    const phrase = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    expect(rankedLike(phrase, [{ id: 'x' }, { id: 'c' }, { id: 'a' }, { id: 'b' }]).map(({ id }) => id)).toEqual(['c', 'a', 'b'])
    expect(rankedLike(phrase, [{ id: 'b' }]).map(({ id }) => id)).toEqual(['b', 'a', 'c'])
  })
})

describe('address state', () => {
  test('query and ticked filters are read from the address, duplicates and blanks dropped', () => {
    expect(stateFromSearch('?q=%E7%A8%AE%E5%AD%90+&region=%E5%8C%97%E5%8D%80&region=%E5%8C%97%E5%8D%80&year=2025&year=&type=News')).toEqual({
      query: '種子',
      selection: { type: ['News'], region: ['北區'], year: ['2025'] },
    })
    expect(stateFromSearch('')).toEqual({ query: '', selection: emptySelection() })
  })

  test('the state written back reads the same', () => {
    const state = { query: '優良範例', selection: { type: ['優良範例'], region: ['北區', '南區'], year: [] } }
    const search = searchFromState(state)
    expect(search).toBe('?q=%E5%84%AA%E8%89%AF%E7%AF%84%E4%BE%8B&type=%E5%84%AA%E8%89%AF%E7%AF%84%E4%BE%8B&region=%E5%8C%97%E5%8D%80&region=%E5%8D%97%E5%8D%80')
    expect(stateFromSearch(search)).toEqual(state)
    expect(searchFromState({ query: ' ', selection: emptySelection() })).toBe('')
  })

  test('filters for Pagefind: any value within a facet, one facet left out for its own counts', () => {
    const selection = { type: ['News'], region: ['North', 'South'], year: [] }
    expect(pagefindFilters(selection)).toEqual({ type: { any: ['News'] }, region: { any: ['North', 'South'] } })
    expect(pagefindFilters(selection, 'region')).toEqual({ type: { any: ['News'] } })
  })
})

describe('excerpts', () => {
  test('marks become highlights and the rest stays text, escaped markup included', () => {
    expect(parseExcerpt('Tom & &lt;b&gt; <mark>careers</mark> &lt;script&gt;')).toEqual([
      { text: 'Tom & <b> ', highlighted: false },
      { text: 'careers', highlighted: true },
      { text: ' <script>', highlighted: false },
    ])
  })

  test('character-by-character highlights of a Chinese term become one, without separators', () => {
    expect(parseExcerpt(`培${ZWSP}訓<mark>種</mark>${ZWSP}<mark>子</mark>${ZWSP}<mark>教</mark> <mark>師</mark>${ZWSP}。`)).toEqual([
      { text: '培訓', highlighted: false },
      { text: '種子教師', highlighted: true },
      { text: '。', highlighted: false },
    ])
  })

  test('titles lose their separators', () => {
    expect(readableText(`協${ZWSP}調${ZWSP}職 涯 發 展 (BHR5R0061v2) `)).toBe('協調職涯發展 (BHR5R0061v2)')
  })
})

describe('facet order', () => {
  const order = { region: ['北區', '中區', '南區', '全國'] }
  const options = (facet: 'type' | 'region' | 'year', all: Record<string, number>, counts: Record<string, number> = {}, selected: string[] = []) =>
    facetOptions(facet, { all, counts, selected, order, locale: 'zh-Hant-TW' }).map(({ value, count, selected }) => `${value}:${count}${selected ? '✓' : ''}`)

  test('types by their size on the whole site, whatever the current counts', () => {
    expect(options('type', { 最新消息: 38, 優良範例: 57, 電子書: 6 }, { 電子書: 3 })).toEqual(['優良範例:0', '最新消息:0', '電子書:3'])
  })

  test('regions in vocabulary order, unknown values last', () => {
    expect(options('region', { 全國: 4, 南區: 1, 離島: 1, 北區: 2 })).toEqual(['北區:0', '南區:0', '全國:0', '離島:0'])
  })

  test('years newest first, labels without a number last', () => {
    expect(options('year', { '113 學年度': 1, '2025': 2, '2018': 1, 其他: 1, '114 學年度': 1 })).toEqual(['2025:0', '2018:0', '114 學年度:0', '113 學年度:0', '其他:0'])
  })

  test('a ticked value stays listed even when the site has no page with it', () => {
    expect(options('region', { 北區: 2 }, { 北區: 1 }, ['中區'])).toEqual(['北區:1', '中區:0✓'])
  })
})

describe('result view', () => {
  const fragment = {
    url: '/en/library/x/',
    excerpt: `<mark>協</mark>${ZWSP}<mark>調</mark> and more`,
    meta: { title: `職 能 單 元`, type: 'Library', date: '2022-05-01', dateLabel: '1 May 2022' },
    filters: { region: ['North'], year: ['2022'] },
  }

  test('Chinese text on an English page is marked as Chinese', () => {
    const view = resultView(fragment, 'en')
    expect(view).toMatchObject({ title: '職能單元', titleLang: 'zh-Hant-TW', excerptLang: 'zh-Hant-TW', type: 'Library', region: 'North', year: '2022' })
    expect(view.date).toEqual({ iso: '2022-05-01', label: '1 May 2022' })
    expect(resultView(fragment, 'zh-Hant-TW').titleLang).toBeUndefined()
  })
})

describe('pages prepared for the index', () => {
  const page = (body: string, lang = 'zh-Hant-TW') => `<!doctype html><html lang="${lang}" dir="ltr"><head><title>職涯</title><script>const s = "職涯"</script></head><body><main data-pagefind-body>${body}</main></body></html>`

  test('text is split, markup, scripts, comments and filter values are not', () => {
    const html = page(
      '<!-- 職涯 --><h1 title="職涯">協調職涯發展</h1><div hidden data-pagefind-ignore><span data-pagefind-filter="region">中區</span><span data-pagefind-meta="date:2025-01-01"></span></div><img src="a.png" alt="種子教師"><p data-pagefind-meta="image[src]">高職</p><p>優良範例</p>',
    )
    const prepared = prepareForIndex(html)
    expect(prepared).toContain(`<h1 title="職涯">協${ZWSP}調${ZWSP}職${ZWSP}涯${ZWSP}發${ZWSP}展</h1>`)
    expect(prepared).toContain('<span data-pagefind-filter="region">中區</span>')
    expect(prepared).toContain(`alt="種${ZWSP}子${ZWSP}教${ZWSP}師"`)
    expect(prepared).toContain('<p data-pagefind-meta="image[src]">高職</p>')
    expect(prepared).toContain(`<p>優${ZWSP}良${ZWSP}範${ZWSP}例</p>`)
    expect(prepared).toContain('<script>const s = "職涯"</script>')
    expect(prepared).toContain('<!-- 職涯 -->')
  })

  test('terms, definitions, list items and cells do not run into each other', () => {
    expect(prepareForIndex(page('<dl><dt>Region</dt><dd>North</dd></dl><ul><li>a</li><li>b<br>c</li></ul>', 'en'))).toContain('<dl><dt>Region</dt> <dd>North</dd> </dl><ul><li>a</li> <li>b<br> c</li> </ul>')
  })

  test('English pages split their Chinese text with spaces', () => {
    expect(prepareForIndex(page('<p lang="zh-Hant-TW">種子教師</p>', 'en'))).toContain('<p lang="zh-Hant-TW">種 子 教 師</p>')
  })

  test('pages marked for search and their language', () => {
    expect(isSearchable(page(''))).toBe(true)
    expect(isSearchable('<html lang="en"><body><main id="main-content">x</main></body></html>')).toBe(false)
    expect(pageLanguage(page(''))).toBe('zh-Hant-TW')
  })
})

describe('running a search', () => {
  type Page = { id: string; words: string[]; region: string }
  const pages: Page[] = [
    { id: 'scattered', words: '教 師 與 種 子 教 師 教 師'.split(' '), region: '北區' },
    { id: 'north', words: '種 子 教 師 培 訓'.split(' '), region: '北區' },
    { id: 'south', words: '種 子 教 師 種 子 教 師'.split(' '), region: '南區' },
    { id: 'apart', words: '子 教 師 種'.split(' '), region: '南區' },
  ]
  const searched: string[] = []
  const fake: Pagefind = {
    options: async () => {},
    init: async () => {},
    mergeIndex: async () => {},
    filters: async () => ({ region: { 北區: 2, 南區: 2 } }),
    search: async (term, options) => {
      searched.push(`${term} ${JSON.stringify(options?.filters ?? {})}`)
      const phrase = term?.startsWith('"')
      const words = (term ?? '').replace(/"/g, '').split(' ').filter(Boolean)
      const contains = (page: Page) =>
        phrase ? page.words.some((_, start) => words.every((word, offset) => page.words[start + offset] === word)) : words.every((word) => page.words.includes(word))
      const regions = (options?.filters as { region?: { any: string[] } } | undefined)?.region?.any
      const matching = pages.filter((page) => contains(page) && (!regions || regions.includes(page.region)))
      const score = (page: Page) => (phrase ? 1 : page.words.filter((word) => words.includes(word)).length)
      const results = matching.sort((a, b) => score(b) - score(a)).map((page) => ({ id: page.id, score: score(page), data: async () => ({ url: page.id, excerpt: '', meta: {}, filters: {} }) }))
      const count = (region: string) => matching.filter((page) => page.region === region).length
      return { results, unfilteredResultCount: pages.filter(contains).length, filters: { region: { 北區: count('北區'), 南區: count('南區') } }, totalFilters: {} }
    },
  }
  const ids = (outcome: SearchOutcome | null) => outcome?.results.map(({ id }) => id)

  test('a Chinese term finds the pages that contain it, best first by the word search', async () => {
    const outcome = await runSearch(fake, { query: '種子教師', selection: emptySelection() })
    expect(ids(outcome)).toEqual(['scattered', 'south', 'north'])
    expect(outcome?.approximate).toBe(false)
  })

  test('a term found nowhere as such falls back to its characters anywhere', async () => {
    const outcome = await runSearch(fake, { query: '種師', selection: emptySelection() })
    expect(ids(outcome)).toHaveLength(4)
    expect(outcome?.approximate).toBe(true)
  })

  test('a term found only outside the filters gives no results rather than the fallback', async () => {
    const outcome = await runSearch(fake, { query: '子教師種', selection: { ...emptySelection(), region: ['北區'] } })
    expect(ids(outcome)).toEqual([])
    expect(outcome?.approximate).toBe(false)
  })

  test('a ticked facet counts its values without its own filter', async () => {
    searched.length = 0
    const outcome = await runSearch(fake, { query: '種子教師', selection: { ...emptySelection(), region: ['南區'] } })
    expect(ids(outcome)).toEqual(['south'])
    expect(outcome?.counts.region).toEqual({ 北區: 2, 南區: 1 })
    expect(searched).toContain('"種 子 教 師" {}')
  })

  test('nothing typed and nothing ticked is no search', async () => {
    expect(await runSearch(fake, { query: ' ', selection: emptySelection() })).toBeNull()
    expect(ids(await runSearch(fake, { query: '', selection: { ...emptySelection(), region: ['南區'] } }))).toEqual(['south', 'apart'])
  })
})
