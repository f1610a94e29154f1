/**
 * Every kind of page shows the content it is for, in both languages: the real seeded titles and
 * texts, and the parts the issue asks of each (timeline, responsive photos, captions, charts with
 * their data). Then the government website norms every page shares.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseFacetLabel } from '../../src/components/cases/cases'
import { latestEbooksFirst, latestVideosFirst, MEDIA_LATEST_COUNT, MEDIA_PER_PAGE } from '../../src/components/media/media'
import { materialKindPath, materialsOfKind, MATERIALS_PER_KIND_ON_LANDING } from '../../src/components/materials/materials'
import { newestFirst, NEWS_PAGE_SIZE } from '../../src/content/news'
import { type RichTextValue, richTextToPlainText } from '../../src/content/richText'
import { caseStrings } from '../../src/i18n/cases'
import { localePath, type Locale, locales } from '../../src/i18n/locales'
import { mediaZoneStrings } from '../../src/i18n/mediaZone'
import { newsStrings } from '../../src/i18n/news'
import { common, fillIn, pagedTitle } from '../../src/i18n/strings'
import { launchBrowser, narrowViewport, newContext, open, siteDist, siteURL, waitForSearch } from '../support/browser'
import { getCollection, getGlobal } from '../support/content'
import { existsInDist, pagesBelow, readPage } from '../support/dist'
import { pageTypes, pageTypesInBothLanguages, pathOf } from '../support/pageTypes'

let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newContext(browser)
})

afterAll(async () => {
  await browser?.close()
})

/** Opens a path in a new tab, runs `check` and closes the tab. */
async function visit<T>(path: string, check: (page: Page) => Promise<T>, on: BrowserContext = context): Promise<T> {
  const page = await on.newPage()
  try {
    await open(page, path)
    return await check(page)
  } finally {
    await page.close()
  }
}

const mainText = (page: Page) => page.locator('main').innerText()
const h1Text = async (page: Page) => (await page.locator('h1').innerText()).trim()
/** The hrefs of the links in the main content. */
const mainLinks = (page: Page) => page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
/** Every `<time datetime>` in the main content must hold an ISO date. */
const isoDates = (page: Page) => page.locator('main time[datetime]').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!))
const isoDatePattern = /^\d{4}-\d{2}-\d{2}/

/**
 * The breadcrumb trail after Home: each crumb's text and where it links; the last one, the page
 * itself, without a link and the only one marked `aria-current="page"`.
 */
async function expectTrail(page: Page, locale: Locale, trail: Array<[label: string, path?: string]>) {
  const crumbs = await page.locator('.breadcrumbs li').evaluateAll((items) =>
    items.map((item) => ({ text: item.textContent!.trim(), href: item.querySelector('a')?.getAttribute('href') ?? null, current: item.getAttribute('aria-current') })),
  )
  const expected = [[common(locale).home, '/'] as [string, string], ...trail].map(([label, path], index, all) => ({
    text: label,
    href: index < all.length - 1 ? localePath(locale, path!) : null,
    current: index < all.length - 1 ? null : 'page',
  }))
  expect(crumbs).toEqual(expected)
}

const pageNumber = (page: number, locale: Locale) => fillIn(common(locale).pageNumber, { page })
/** The hrefs of the list's items: the titles directly under the page's h1. */
const itemLinks = (page: Page) => page.locator('main h2 a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))

/** Text without the PDF extraction's stray spaces and line breaks, for comparing with page text. */
const squeeze = (text: string) => text.replace(/\s+/g, '')

type Check = (page: Page, locale: Locale) => Promise<void>

/** What each kind of page must show, by page type name (see support/pageTypes.ts). */
const contentChecks: Record<string, Check> = {
  home: async (page, locale) => {
    expect(await h1Text(page)).toBe(getGlobal('site-settings', locale).siteName)
    const text = await mainText(page)
    for (const zone of getCollection('project-zones', locale)) expect(text, 'the four project zones').toContain(zone.title)
    for (const region of getCollection('regions', locale)) expect(text, 'the three regions').toContain(region.name)
    const latest = getCollection('news', locale).slice(0, 5).map((news) => news.title)
    expect(latest.some((title) => text.includes(title)), `one of the latest news: ${latest.join(' / ')}`).toBe(true)
    const links = await mainLinks(page)
    const prefix = localePath(locale, '/')
    expect(links.some((href) => href.startsWith(`${prefix}cases/`) && href.split('/').length > (locale === 'en' ? 4 : 3)), 'a featured case').toBe(true)
    expect(links.some((href) => href.startsWith(`${prefix}media/`)), 'e-book and video highlights').toBe(true)
    for (const list of ['/media/ebooks/', '/media/videos/']) expect(links, `leads to ${list}`).toContain(localePath(locale, list))
  },
  'news list': async (page, locale) => {
    const links = await mainLinks(page)
    for (const news of getCollection('news', locale).slice(0, 3)) {
      expect(await mainText(page)).toContain(news.title)
      expect(links).toContain(localePath(locale, `/news/${news.slug}/`))
    }
  },
  'news list page 2': async (page, locale) => {
    const t = newsStrings(locale)
    await expectTrail(page, locale, [[t.news, '/news/'], [pageNumber(2, locale)]])
    expect(await page.title()).toContain(pagedTitle(t.news, 2, locale))
    const links = await mainLinks(page)
    const news = newestFirst(getCollection('news', locale))
    for (const item of news.slice(NEWS_PAGE_SIZE, 2 * NEWS_PAGE_SIZE)) expect(links).toContain(localePath(locale, `/news/${item.slug}/`))
    expect(links, 'the first page\'s news are not repeated').not.toContain(localePath(locale, `/news/${news[0]!.slug}/`))
  },
  'news filter page': async (page, locale) => {
    const text = await mainText(page)
    const category = page.url().split('/category/')[1]!.replace(/\/$/, '')
    const inCategory = getCollection('news', locale).filter((news) => news.category === category)
    expect(inCategory.length).toBeGreaterThan(0)
    expect(text).toContain(inCategory[0]!.title)
    const other = getCollection('news', locale).find((news) => news.category !== category)!
    expect(await mainLinks(page), 'news of other categories are not listed').not.toContain(localePath(locale, `/news/${other.slug}/`))
  },
  'news detail': async (page, locale) => {
    const news = getCollection('news', locale).find((item) => page.url().endsWith(`/news/${item.slug}/`))!
    expect(await h1Text(page)).toBe(news.title)
    expect((await isoDates(page)).every((date) => isoDatePattern.test(date))).toBe(true)
  },
  'zones index': async (page, locale) => {
    const links = await mainLinks(page)
    for (const zone of getCollection('project-zones', locale)) expect(links).toContain(localePath(locale, `/zones/${zone.slug}/`))
  },
  'zone page': async (page, locale) => {
    const zone = getCollection('project-zones', locale).find((item) => page.url().endsWith(`/zones/${item.slug}/`))!
    expect(await h1Text(page)).toContain(zone.title)
    const dates = await isoDates(page)
    expect(dates.length, 'the calendar timeline has dates').toBeGreaterThanOrEqual(4)
    expect(dates.every((date) => isoDatePattern.test(date))).toBe(true)
    expect(await page.locator('main ol time[datetime]').count(), 'the timeline is an ordered list').toBeGreaterThan(0)
  },
  'zone archive year': async (page) => {
    const year = /\/(\d{4})\/$/.exec(page.url())![1]!
    expect(await h1Text(page)).toContain(year)
    expect((await isoDates(page)).filter((date) => date.startsWith(year)).length).toBeGreaterThan(0)
  },
  'cases list': async (page, locale) => {
    const text = await mainText(page)
    const titles = getCollection('cases', locale).map((item) => item.title)
    expect(titles.filter((title) => text.includes(title)).length, 'case titles on the first page').toBeGreaterThanOrEqual(5)
    const links = await mainLinks(page)
    for (const facet of ['region', 'year', 'plan', 'format', 'topic']) {
      expect(links.some((href) => href.startsWith(localePath(locale, `/cases/${facet}/`))), `filter links by ${facet}`).toBe(true)
    }
  },
  'case filter page': async (page, locale) => {
    const region = /\/cases\/region\/([^/]+)\//.exec(page.url())![1]!
    const label = getCollection('regions', locale).find((item) => item.region === region)?.name
    if (label) expect(await h1Text(page)).toContain(label)
    const inRegion = getCollection('cases', locale).filter((item) => item.region === region)
    const links = await mainLinks(page)
    expect(inRegion.some((item) => links.includes(localePath(locale, `/cases/${item.slug}/`)))).toBe(true)
  },
  'case filter page 2': async (page, locale) => {
    const region = /\/cases\/region\/([^/]+)\/page\/2\/$/.exec(page.url())![1]!
    const t = caseStrings(locale)
    const label = caseFacetLabel('region', region, locale)
    await expectTrail(page, locale, [[t.cases, '/cases/'], [label, `/cases/region/${region}/`], [pageNumber(2, locale)]])
    expect(await page.title()).toContain(pagedTitle(fillIn(t.listTitle, { label }), 2, locale))
    // The combined filter lists from the first match: the page number leaves the trail, which ends with the chosen value.
    const select = page.locator('[data-case-filter-form] select[name="region"]')
    await select.waitFor({ timeout: 30_000 })
    const other = (await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).find((value) => value && value !== region)!
    await select.selectOption(other)
    await expectTrail(page, locale, [[t.cases, '/cases/'], [caseFacetLabel('region', other, locale)]])
  },
  'case detail': async (page, locale) => {
    const item = getCollection('cases', locale).find((candidate) => page.url().endsWith(`/cases/${candidate.slug}/`))!
    expect(await h1Text(page)).toBe(item.title)
    if (item.demo) await expect(page.locator('main .demo-badge').innerText()).resolves.toBe(common(locale).demoNotice)
    if (item.photos?.length) expect(await page.locator('main picture').count(), 'the case photos').toBeGreaterThan(0)
  },
  'galleries list': async (page, locale) => {
    const links = await mainLinks(page)
    for (const album of getCollection('galleries', locale)) expect(links).toContain(localePath(locale, `/galleries/${album.slug}/`))
  },
  'gallery album': async (page, locale) => {
    const album = getCollection('galleries', locale).find((item) => page.url().endsWith(`/galleries/${item.slug}/`))!
    expect(await h1Text(page)).toBe(album.title)
    // The photos of the album (the lightbox's own picture is filled when it opens).
    const pictures = await page.locator('main picture').evaluateAll((elements) =>
      elements.filter((picture) => !picture.closest('dialog')).map((picture) => {
        const image = picture.querySelector('img')!
        return {
          types: [...picture.querySelectorAll('source')].map((source) => source.type),
          srcsets: [...picture.querySelectorAll('source')].map((source) => source.srcset),
          width: image.getAttribute('width'),
          height: image.getAttribute('height'),
          alt: image.getAttribute('alt'),
          loading: image.getAttribute('loading'),
          belowTheFold: image.getBoundingClientRect().top > window.innerHeight,
        }
      }),
    )
    expect(pictures.length, 'one picture per photo').toBeGreaterThanOrEqual(2)
    for (const picture of pictures) {
      expect(picture.types).toEqual(expect.arrayContaining(['image/avif', 'image/webp']))
      for (const srcset of picture.srcsets) expect(srcset, 'several widths').toMatch(/ \d+w, .* \d+w/)
      expect(Number(picture.width)).toBeGreaterThan(0)
      expect(Number(picture.height)).toBeGreaterThan(0)
      expect(picture.alt).toBeTruthy()
      if (picture.belowTheFold) expect(picture.loading, 'photos below the fold load lazily').toBe('lazy')
    }
  },
  materials: async (page, locale) => {
    const links = await mainLinks(page)
    const materials = getCollection('materials', locale)
    for (const kind of new Set(materials.map((material) => material.kind))) {
      const ofKind = materialsOfKind(materials, kind)
      for (const material of ofKind.slice(0, MATERIALS_PER_KIND_ON_LANDING)) expect(links).toContain(localePath(locale, `/materials/${material.slug}/`))
      for (const material of ofKind.slice(MATERIALS_PER_KIND_ON_LANDING)) expect(links).not.toContain(localePath(locale, `/materials/${material.slug}/`))
      expect(links).toContain(localePath(locale, materialKindPath(kind)))
    }
  },
  'materials of one kind': async (page, locale) => {
    const kind = /\/materials\/kind\/([^/]+)\//.exec(page.url())![1]!
    const links = await mainLinks(page)
    for (const material of getCollection('materials', locale)) {
      const listed = links.includes(localePath(locale, `/materials/${material.slug}/`))
      expect(listed, `${material.title} is listed exactly when it is of kind ${kind}`).toBe(material.kind === kind)
    }
  },
  'material detail': async (page, locale) => {
    const material = getCollection('materials', locale).find((item) => page.url().endsWith(`/materials/${item.slug}/`))!
    expect(await h1Text(page)).toBe(material.title)
  },
  'library list': async (page, locale) => {
    const links = await mainLinks(page)
    for (const item of getCollection('library', locale)) expect(links).toContain(localePath(locale, `/library/${item.slug}/`))
  },
  'library type page': async (page, locale) => {
    const type = /\/library\/type\/([^/]+)\//.exec(page.url())![1]!
    const links = await mainLinks(page)
    for (const item of getCollection('library', locale)) {
      const listed = links.includes(localePath(locale, `/library/${item.slug}/`))
      expect(listed, `${item.title} is listed exactly when it is of type ${type}`).toBe(item.itemType === type)
    }
  },
  'library tag page': async (page, locale) => {
    const links = await mainLinks(page)
    expect(getCollection('library', locale).some((item) => links.includes(localePath(locale, `/library/${item.slug}/`)))).toBe(true)
  },
  'library detail': async (page, locale) => {
    const item = getCollection('library', locale).find((candidate) => page.url().endsWith(`/library/${candidate.slug}/`))!
    expect(await h1Text(page)).toBe(item.title)
    // The seed documents are readable in full: the full text in the page's language, or the
    // Chinese one where there is no translation.
    const fullText = squeeze(richTextToPlainText(item.fullText as RichTextValue))
    const text = squeeze(await mainText(page))
    const inChinese = locale === 'zh-TW' || item.fallbackFields.has('fullText')
    if (inChinese) expect(text.length, 'the whole document is on the page').toBeGreaterThan(2000)
    // Passages from the start, the middle and the end of the text.
    for (const at of [0, 0.5, 0.95]) {
      const start = Math.floor(fullText.length * at)
      const sample = fullText.slice(start, start + 24)
      expect(text, `contains "${sample}"`).toContain(sample)
    }
  },
  'media zone': async (page, locale) => {
    const t = mediaZoneStrings(locale)
    const ebooks = getCollection('ebooks', locale)
    const videos = getCollection('videos', locale)
    const latest = [
      ...latestEbooksFirst(ebooks).slice(0, MEDIA_LATEST_COUNT).map((ebook) => `/media/ebooks/${ebook.slug}/`),
      ...latestVideosFirst(videos).slice(0, MEDIA_LATEST_COUNT).map((video) => `/media/videos/${video.slug}/`),
    ]
    expect((await page.locator('main h3 a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort(), 'the latest of each').toEqual(
      latest.map((path) => localePath(locale, path)).sort(),
    )
    const links = await mainLinks(page)
    const text = await mainText(page)
    for (const [list, label] of [
      ['/media/ebooks/', fillIn(t.allEbooks, { count: ebooks.length })],
      ['/media/videos/', fillIn(t.allVideos, { count: videos.length })],
    ] as const) {
      expect(links).toContain(localePath(locale, list))
      expect(text).toContain(label)
    }
  },
  'e-book list': async (page, locale) => {
    const t = mediaZoneStrings(locale)
    expect(await h1Text(page)).toBe(t.ebooks)
    await expectTrail(page, locale, [[t.media, '/media/'], [t.ebooks]])
    const firstPage = latestEbooksFirst(getCollection('ebooks', locale)).slice(0, MEDIA_PER_PAGE)
    expect(await itemLinks(page), 'the first page, the latest first').toEqual(firstPage.map((ebook) => localePath(locale, `/media/ebooks/${ebook.slug}/`)))
  },
  'video list': async (page, locale) => {
    const t = mediaZoneStrings(locale)
    expect(await h1Text(page)).toBe(t.videos)
    await expectTrail(page, locale, [[t.media, '/media/'], [t.videos]])
    const firstPage = latestVideosFirst(getCollection('videos', locale)).slice(0, MEDIA_PER_PAGE)
    expect(await itemLinks(page), 'the first page, the latest first').toEqual(firstPage.map((video) => localePath(locale, `/media/videos/${video.slug}/`)))
  },
  'e-book page': async (page, locale) => {
    const ebook = getCollection('ebooks', locale).find((item) => page.url().endsWith(`/media/ebooks/${item.slug}/`))!
    expect(await h1Text(page)).toBe(ebook.title)
    const t = mediaZoneStrings(locale)
    await expectTrail(page, locale, [[t.media, '/media/'], [t.ebooks, '/media/ebooks/'], [ebook.title]])
    const links = await mainLinks(page)
    expect(links.some((href) => href.startsWith('/files/documents/')), 'a download link').toBe(true)
    const reader = page.locator('main iframe[src], main object[data], main embed[src], main a[href*="/read/"], main a[href$=".pdf"]')
    expect(await reader.count(), 'read in the browser').toBeGreaterThan(0)
  },
  'video page': async (page, locale) => {
    const video = getCollection('videos', locale).find((item) => page.url().endsWith(`/media/videos/${item.slug}/`))!
    expect(await h1Text(page)).toBe(video.title)
    const t = mediaZoneStrings(locale)
    await expectTrail(page, locale, [[t.media, '/media/'], [t.videos, '/media/videos/'], [video.title]])
    const tracks = await page.locator('main video track').evaluateAll((elements) =>
      elements.map((track) => ({ kind: track.getAttribute('kind'), srclang: track.getAttribute('srclang'), label: track.getAttribute('label'), src: track.getAttribute('src') })),
    )
    expect(tracks.length).toBeGreaterThan(0)
    for (const track of tracks) {
      expect(track.kind).toBe('captions')
      expect(track.srclang).toBeTruthy()
      expect(track.label).toBeTruthy()
      expect(existsInDist(siteDist(), track.src!)).toBe(true)
    }
    const transcript = squeeze(richTextToPlainText(video.transcript as RichTextValue))
    if (transcript) expect(squeeze(await mainText(page)), 'the transcript').toContain(transcript.slice(0, 40))
  },
  'surveys list': async (page, locale) => {
    const links = await mainLinks(page)
    for (const report of getCollection('survey-reports', locale)) expect(links).toContain(localePath(locale, `/surveys/${report.slug}/`))
  },
  'survey page': async (page, locale) => {
    const report = getCollection('survey-reports', locale).find((item) => page.url().endsWith(`/surveys/${item.slug}/`))!
    expect(await h1Text(page)).toBe(report.title)
    const charts = await page.locator('main svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const labelledBy = svg.getAttribute('aria-labelledby')
        const name = svg.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy.split(' ')[0]!)?.textContent : svg.querySelector('title')?.textContent)
        return { name: name?.trim() ?? '' }
      }),
    )
    expect(charts.length, 'one chart per data set').toBe(report.charts?.length ?? 0)
    for (const chart of charts) expect(chart.name, 'each chart has an accessible name').toBeTruthy()
    const tables = page.locator('main table')
    expect(await tables.count(), 'each chart has its data table').toBeGreaterThanOrEqual(charts.length)
    expect(await page.locator('main table caption').count()).toBeGreaterThanOrEqual(charts.length)
    expect(await page.locator('main table th[scope]').count()).toBeGreaterThan(0)
  },
  directory: async (page, locale) => {
    const text = await mainText(page)
    for (const region of getCollection('regions', locale)) expect(text).toContain(region.name)
    const schools = getCollection('schools', locale)
    expect(schools.filter((school) => text.includes(school.name)).length, 'every school').toBe(schools.length)
  },
  links: async (page, locale) => {
    const text = await mainText(page)
    for (const link of getCollection('links', locale)) expect(text).toContain(link.title)
  },
  about: async (page, locale) => expectStandingPage(page, locale, 'about'),
  'privacy and security policy': async (page, locale) => expectStandingPage(page, locale, 'privacy-security'),
  'accessibility statement': async (page, locale) => {
    await expectStandingPage(page, locale, 'accessibility')
    const text = await mainText(page)
    expect(text, 'the access keys are explained').toContain(':::')
    for (const key of ['U', 'C', 'Z', 'S']) expect(text).toMatch(new RegExp(`Alt\\s*\\+\\s*${key}`))
  },
  'open-data statement': async (page, locale) => {
    await expectStandingPage(page, locale, 'open-data')
    const links = await mainLinks(page)
    for (const dataset of ['cases', 'news', 'directory', 'library']) {
      for (const format of ['json', 'csv']) expect(links.some((href) => href.endsWith(`/open-data/${dataset}.${format}`)), `${dataset}.${format}`).toBe(true)
    }
    expect(await mainText(page)).toMatch(locale === 'en' ? /Open Government Data License/ : /政府資料開放授權條款/)
  },
  'sitemap page': async (page, locale) => {
    const links = await mainLinks(page)
    for (const section of ['/news/', '/zones/', '/cases/', '/galleries/', '/materials/', '/library/', '/media/', '/media/ebooks/', '/media/videos/', '/surveys/', '/directory/', '/links/']) {
      expect(links, `links to ${section}`).toContain(localePath(locale, section))
    }
  },
  search: async (page, locale) => {
    // The search form is the island's: it appears when its script has run.
    const box = page.locator('main input[type="search"]')
    await box.waitFor({ timeout: 30_000 })
    await box.fill(locale === 'en' ? 'seed teacher' : '種子教師')
    await box.press('Enter')
    await waitForSearch(page)
    const results = page.locator('main .search__list .search-result')
    expect(await results.count(), 'results').toBeGreaterThan(0)
    // Each result shows its title (a link), its type and an excerpt.
    const first = results.first()
    expect(await first.locator('a[href]').count()).toBe(1)
    expect((await first.locator('.tag').innerText()).trim()).toBeTruthy()
    expect((await first.locator('.search-result__excerpt').innerText()).trim()).toBeTruthy()
  },
  'not found (404)': async (page) => {
    // One page for both languages: each part leads home in its language.
    const links = await mainLinks(page)
    for (const locale of locales) expect(links).toContain(localePath(locale, '/'))
    expect(await page.locator('main [lang="en"]').count(), 'the English part is marked as English').toBeGreaterThan(0)
  },
}

async function expectStandingPage(page: Page, locale: Locale, slug: string) {
  const standing = getCollection('pages', locale).find((item) => item.slug === slug)!
  expect(await h1Text(page)).toBe(standing.title)
}

describe('every kind of page shows its content', () => {
  it.each(pageTypesInBothLanguages)('%s (%s)', async (name, locale, type) => {
    const check = contentChecks[name]
    expect(check, `a content check for ${name}`).toBeDefined()
    await visit(pathOf(siteDist(), type, locale), (page) => check!(page, locale))
  })

  it('answers unknown addresses with the 404 page and status', async () => {
    const page = await context.newPage()
    try {
      const response = await page.goto(siteURL('/no-such-page/'))
      expect(response?.status()).toBe(404)
      expect(await page.locator('h1').count()).toBe(1)
    } finally {
      await page.close()
    }
  })
})

describe('news details', () => {
  it.each(locales)('list attachments with name, type and size (%s)', async (locale) => {
    const news = getCollection('news', locale).find((item) => item.attachments?.length)!
    await visit(localePath(locale, `/news/${news.slug}/`), async (page) => {
      const text = await mainText(page)
      const links = await mainLinks(page)
      for (const attachment of news.attachments!) {
        if (typeof attachment !== 'object') continue
        expect(text).toContain(attachment.title)
        expect(links).toContain(`/files/documents/${encodeURIComponent(attachment.filename!)}`)
      }
      expect(text, 'file type').toMatch(/PDF|Word|Excel|ODT/)
      expect(text, 'file size').toMatch(/\d+(\.\d)? (KB|MB)/)
    })
  })

  it.each(locales)('are in the RSS feed (%s)', async (locale) => {
    const feed = readPage(siteDist(), localePath(locale, '/news/rss.xml'))
    const items = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(([, link]) => new URL(link!).pathname)
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) expect(existsInDist(siteDist(), item), item).toBe(true)
    expect(items).toContain(localePath(locale, `/news/${getCollection('news', locale)[0]!.slug}/`))
  })
})

describe('galleries', () => {
  it('load the photos below the fold lazily and the first ones at once (1280×720 screen)', async () => {
    const album = [...getCollection('galleries', 'zh-TW')].sort((a, b) => (b.photos?.length ?? 0) - (a.photos?.length ?? 0))[0]!
    const laptop = await newContext(browser, { viewport: { width: 1280, height: 720 } })
    try {
      await visit(
        `/galleries/${album.slug}/`,
        async (page) => {
          const photos = await page.locator('main picture img').evaluateAll((images) =>
            images
              .filter((image) => !image.closest('dialog'))
              .map((image) => ({ loading: image.getAttribute('loading'), belowTheFold: image.getBoundingClientRect().top > window.innerHeight })),
          )
          expect(photos.filter((photo) => photo.belowTheFold).length, `${album.title} reaches below the fold`).toBeGreaterThan(0)
          for (const photo of photos) if (photo.belowTheFold) expect(photo.loading).toBe('lazy')
          expect(photos.some((photo) => !photo.belowTheFold && photo.loading !== 'lazy'), 'the first photos load at once').toBe(true)
        },
        laptop,
      )
    } finally {
      await laptop.close()
    }
  })
})

describe('government website norms', () => {
  const samplePages = ['/', '/news/', '/directory/', '/about/']

  it.each(samplePages)('%s has the access key markers U, C, Z and S', async (path) => {
    await visit(path, async (page) => {
      for (const key of ['U', 'C', 'Z', 'S']) {
        const marker = page.locator(`a[accesskey="${key}"]`)
        expect(await marker.count(), `accesskey ${key}`).toBe(1)
        expect((await marker.innerText()).trim()).toBe(':::')
        expect(await marker.getAttribute('title')).toBeTruthy()
      }
      // Each region's marker sits in that region.
      expect(await page.locator('header a[accesskey="U"]').count()).toBe(1)
      expect(await page.locator('main a[accesskey="C"]').count()).toBe(1)
      expect(await page.locator('footer a[accesskey="Z"]').count()).toBe(1)
    })
  })

  it('font-size switch changes the root font size and is remembered on the next page', async () => {
    const own = await newContext(browser)
    try {
      const page = await own.newPage()
      await open(page, '/')
      const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
      const medium = await rootSize()
      const large = page.locator('button[data-font-size="large"]')
      expect(await large.getAttribute('aria-label')).toBe(common('zh-TW').fontLargeLabel)
      await large.click()
      expect(await rootSize()).toBeGreaterThan(medium)
      expect(await large.getAttribute('aria-pressed')).toBe('true')
      await open(page, '/news/')
      expect(await rootSize(), 'remembered after navigation').toBeGreaterThan(medium)
      expect(await page.locator('button[data-font-size="large"]').getAttribute('aria-pressed')).toBe('true')
      await page.locator('button[data-font-size="small"]').click()
      expect(await rootSize()).toBeLessThan(medium)
    } finally {
      await own.close()
    }
  })

  it.each(locales)('language switch leads to the counterpart of the page (%s)', async (locale) => {
    const news = getCollection('news', 'zh-TW')[1]!
    const other: Locale = locale === 'en' ? 'zh-TW' : 'en'
    await visit(localePath(locale, `/news/${news.slug}/`), async (page) => {
      const link = page.locator('header a.language-switch')
      expect(await link.getAttribute('href')).toBe(localePath(other, `/news/${news.slug}/`))
      await Promise.all([page.waitForURL(siteURL(localePath(other, `/news/${news.slug}/`))), link.click()])
      expect(await page.locator('html').getAttribute('lang')).toBe(other === 'en' ? 'en' : 'zh-Hant-TW')
    })
  })

  it.each(locales)('footer has contact details, last-updated date and the policy links (%s)', async (locale) => {
    const contact = getGlobal('site-settings', locale).contact ?? {}
    await visit(localePath(locale, '/news/'), async (page) => {
      const footer = page.locator('footer')
      const text = await footer.innerText()
      if (contact.phone) expect(text).toContain(contact.phone)
      if (contact.email) expect(text).toContain(contact.email)
      if (contact.address) expect(text).toContain(contact.address)
      expect(await footer.locator('address').count()).toBe(1)
      expect(await footer.locator('time[datetime]').getAttribute('datetime')).toMatch(isoDatePattern)
      const links = await footer.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
      for (const path of ['/privacy-security/', '/open-data/', '/accessibility/']) expect(links).toContain(localePath(locale, path))
    })
  })

  it('English pages say when content is shown in Chinese, and only then', async () => {
    const notice = common('en').fallbackNotice
    const untranslated = [
      ['news', getCollection('news', 'en').find((item) => item.fallbackFields.has('title'))],
      ['cases', getCollection('cases', 'en').find((item) => item.fallbackFields.has('title'))],
      ['materials', getCollection('materials', 'en').find((item) => item.fallbackFields.has('title'))],
    ] as const
    for (const [section, item] of untranslated) {
      expect(item, `the seed has untranslated ${section}`).toBeDefined()
      await visit(`/en/${section}/${item!.slug}/`, async (page) => {
        expect(await mainText(page), `/en/${section}/${item!.slug}/`).toContain(notice)
        expect(await page.locator('h1').getAttribute('lang'), 'the Chinese title is marked as Chinese').toBe('zh-Hant-TW')
      })
    }
    const translated = getCollection('materials', 'en').find((item) => item.fallbackFields.size === 0)!
    await visit(`/en/materials/${translated.slug}/`, async (page) => {
      expect(await mainText(page)).not.toContain(notice)
      expect(await page.locator('h1').getAttribute('lang')).not.toBe('zh-Hant-TW')
    })
  })

  it('last-updated date on content pages', async () => {
    for (const path of [pagesBelow(siteDist(), '/news/', ['page', 'category', 'region', 'zone'])[0]!, '/about/']) {
      await visit(path, async (page) => {
        expect(await page.locator('main .last-updated time[datetime]').getAttribute('datetime'), path).toMatch(isoDatePattern)
      })
    }
  })

  it('Open Graph metadata on every page kind that exists', async () => {
    for (const type of pageTypes.slice(0, 4)) {
      const html = readPage(siteDist(), pathOf(siteDist(), type, 'zh-TW'))
      for (const property of ['og:title', 'og:description', 'og:type', 'og:url', 'og:image']) {
        expect(html, `${type.name}: ${property}`).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"`))
      }
    }
  })

  it('prints without the navigation and with link addresses', async () => {
    const path = pagesBelow(siteDist(), '/news/', ['page', 'category', 'region', 'zone'])[0]!
    await visit(path, async (page) => {
      await page.emulateMedia({ media: 'print' })
      const hidden = await page.evaluate(() =>
        ['.main-nav', '.search-box', '.font-size-switch', '.skip-link'].map((selector) => {
          const element = document.querySelector(selector)
          return { selector, shown: Boolean(element && element.getBoundingClientRect().height > 0 && getComputedStyle(element).display !== 'none') }
        }),
      )
      for (const { selector, shown } of hidden) expect(shown, `${selector} is not printed`).toBe(false)
      const linkAddress = await page.evaluate(() => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find(
          (candidate) => /^(\/|https?:)/.test(candidate.getAttribute('href')!) && !candidate.closest('.breadcrumbs, .access-key'),
        )!
        return getComputedStyle(link, '::after').content
      })
      expect(linkAddress, 'link addresses are printed').toMatch(/attr\(href\)|\/|http/)
    })
  })

  /** Pages that are content only: nothing but the header's own small scripts may load. */
  const contentPages = ['news detail', 'case detail', 'library detail', 'material detail', 'zone page', 'about', 'links']

  it.each(contentPages)('%s loads no JavaScript beyond the header scripts', async (name) => {
    const path = pathOf(siteDist(), pageTypes.find((type) => type.name === name)!, 'zh-TW')
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    try {
      await open(page, path)
      const headerScripts = await page.locator('header script[src]').evaluateAll((elements) => elements.map((script) => new URL((script as HTMLScriptElement).src).pathname))
      expect(scripts.filter((script) => !headerScripts.includes(script)), `${path}: scripts outside the header`).toEqual([])
      expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count(), 'no inline scripts').toBe(0)
      expect(await page.locator('astro-island').count(), 'no islands').toBe(0)
      const bytes = await Promise.all(headerScripts.map(async (script) => (await (await fetch(siteURL(script))).arrayBuffer()).byteLength))
      expect(bytes.reduce((sum, size) => sum + size, 0), 'the header scripts stay tiny').toBeLessThan(4096)
    } finally {
      await page.close()
    }
  })

  it('reflows to 320 px with the header tools still usable', async () => {
    const phone = await newContext(browser, { viewport: narrowViewport, isMobile: true, hasTouch: true })
    try {
      await visit(
        '/',
        async (page) => {
          for (const selector of ['a.language-switch', '#site-search-input', 'button[data-font-size="large"]']) {
            const box = await page.locator(selector).boundingBox()
            expect(box, selector).not.toBeNull()
            expect(box!.x + box!.width, `${selector} fits`).toBeLessThanOrEqual(narrowViewport.width)
          }
        },
        phone,
      )
    } finally {
      await phone.close()
    }
  })
})
