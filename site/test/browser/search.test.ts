/**
 * Search finds real content: Chinese and English queries (terms from the seed documents and the
 * titles of seeded pages) each return the expected page among the first three results of the
 * search page in the query's language, as a visitor sees them.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localePath, type Locale } from '../../src/i18n/locales'
import { launchBrowser, newContext, open, waitForSearch } from '../support/browser'
import { getCollection } from '../support/content'

type Query = {
  query: string
  locale: Locale
  /** The page that must be among the first three results (path without language prefix). */
  expected: () => string
}

type Slugged = { slug?: string | null; title: string }

/** The path of the seeded document with this title in a collection; fails when the seed changed. */
function pathOfTitle(collection: Parameters<typeof getCollection>[0], base: string, title: string, locale: Locale = 'zh-TW') {
  return () => {
    const documents = getCollection(collection, locale) as unknown as Slugged[]
    const document = documents.find((candidate) => candidate.title === title)
    if (!document?.slug) throw new Error(`No ${collection} titled "${title}" in the seed`)
    return `${base}${document.slug}/`
  }
}

const fixed = (path: string) => () => path

const queries: Query[] = [
  // Terms from the real documents and the programme.
  { query: '種子教師', locale: 'zh-TW', expected: fixed('/zones/seed-teacher-training/') },
  { query: '協調職涯發展', locale: 'zh-TW', expected: pathOfTitle('library', '/library/', '職能單元：協調職涯發展（BHR5R0061v2）') },
  { query: '高職優質化', locale: 'zh-TW', expected: pathOfTitle('library', '/library/', '高職優質化輔助方案') },
  { query: '技職教育政策綱領', locale: 'zh-TW', expected: pathOfTitle('library', '/library/', '臺北市技職教育政策綱領') },
  { query: '技術及職業教育政策綱領', locale: 'zh-TW', expected: pathOfTitle('library', '/library/', '技術及職業教育政策綱領（草案）') },
  { query: '大專校院職涯輔導推動計畫', locale: 'zh-TW', expected: pathOfTitle('library', '/library/', '107年大專校院職涯輔導推動計畫') },
  { query: '主管會議', locale: 'zh-TW', expected: fixed('/zones/directors-meeting/') },
  { query: '成果評選', locale: 'zh-TW', expected: fixed('/zones/awards/') },
  { query: '推動職涯輔導補助計畫', locale: 'zh-TW', expected: fixed('/zones/subsidy/') },
  // Titles of seeded pages of every kind.
  { query: '職涯百寶箱', locale: 'zh-TW', expected: pathOfTitle('cases', '/cases/', '職涯百寶箱：輔導知能業師培訓') },
  { query: '職場力企業參訪', locale: 'zh-TW', expected: pathOfTitle('cases', '/cases/', '產學攜手：職場力企業參訪') },
  { query: '夢想實驗室', locale: 'zh-TW', expected: pathOfTitle('cases', '/cases/', '夢想實驗室：資源整合讀書會') },
  { query: '現況調查分析出爐', locale: 'zh-TW', expected: pathOfTitle('news', '/news/', '115 學年度大專校院職涯輔導現況調查分析出爐') },
  { query: '種子教師培訓第二梯次活動花絮', locale: 'zh-TW', expected: pathOfTitle('galleries', '/galleries/', '種子教師培訓第二梯次活動花絮') },
  { query: '學生職涯發展教材', locale: 'zh-TW', expected: pathOfTitle('materials', '/materials/', '學生職涯發展教材：教師指引') },
  { query: '優良範例彙編', locale: 'zh-TW', expected: pathOfTitle('ebooks', '/media/ebooks/', '大專校院職涯輔導優良範例彙編') },
  { query: '頒獎典禮花絮', locale: 'zh-TW', expected: pathOfTitle('videos', '/media/videos/', '成果評選頒獎典禮花絮') },
  { query: '無障礙聲明', locale: 'zh-TW', expected: fixed('/accessibility/') },
  { query: '隱私權', locale: 'zh-TW', expected: fixed('/privacy-security/') },
  // English.
  { query: 'seed teacher training', locale: 'en', expected: fixed('/zones/seed-teacher-training/') },
  { query: 'coordinating career development', locale: 'en', expected: pathOfTitle('library', '/library/', '職能單元：協調職涯發展（BHR5R0061v2）') },
  { query: 'vocational high school quality', locale: 'en', expected: pathOfTitle('library', '/library/', '高職優質化輔助方案') },
  { query: "directors' meeting", locale: 'en', expected: fixed('/zones/directors-meeting/') },
  { query: 'outcome awards', locale: 'en', expected: fixed('/zones/awards/') },
  { query: 'career toolbox', locale: 'en', expected: pathOfTitle('cases', '/cases/', '職涯百寶箱：輔導知能業師培訓') },
  { query: 'accessibility statement', locale: 'en', expected: fixed('/accessibility/') },
  { query: 'privacy', locale: 'en', expected: fixed('/privacy-security/') },
]

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await newContext(browser)).newPage()
})

afterAll(async () => {
  await browser?.close()
})

/** The paths of the first results for a query, as the search page lists them. */
async function topResults(locale: Locale, query: string, count = 3): Promise<string[]> {
  await open(page, `${localePath(locale, '/search/')}?q=${encodeURIComponent(query)}`)
  await waitForSearch(page)
  const links = page.locator('main .search__list .search-result__title a[href]')
  return (await links.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname))).slice(0, count)
}

describe('search', () => {
  it('has 20 or more queries in Chinese and English', () => {
    expect(queries.length).toBeGreaterThanOrEqual(20)
    expect(queries.filter((query) => query.locale === 'en').length).toBeGreaterThanOrEqual(5)
  })

  it('leaves untranslated pages out of the English index and offers the Chinese search for them', async () => {
    const untranslated = (getCollection('cases', 'en') as unknown as Array<Slugged & { fallbackFields: ReadonlySet<string> }>).find((item) =>
      item.fallbackFields.has('title'),
    )
    if (!untranslated?.slug) throw new Error('The seed has no exemplar case without an English title')
    const query = untranslated.title
    expect(await topResults('zh-TW', query)).toContain(`/cases/${untranslated.slug}/`)
    // Indexed, the page would lead a search for its own title.
    expect(await topResults('en', query, 10)).not.toContain(`/en/cases/${untranslated.slug}/`)
    const link = page.locator('main .search__other-language a')
    expect(await link.getAttribute('hreflang')).toBe('zh-Hant-TW')
    await link.click()
    await waitForSearch(page)
    expect(new URL(page.url()).pathname).toBe('/search/')
    expect(await page.locator('#search-query').inputValue()).toBe(query)
  })

  it.each(queries.map((query) => [query.query, query.locale, query] as const))('"%s" (%s) finds the expected page in the top three', async (_query, locale, { query, expected }) => {
    const page = localePath(locale, expected())
    const results = await topResults(locale, query)
    expect(results, `top three for "${query}": ${results.join(", ")}`).toContain(page)
  })
})
