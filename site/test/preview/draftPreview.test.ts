/**
 * Draft preview in Chromium: an editor signed in to the CMS clicks Preview in a draft's edit view
 * and sees the draft, not the published version, in the portal's layout, in either language; the
 * same address shows nothing of the document to the public, to a forged session, or to the staff
 * of another school (for a case of one school). The same holds for a standing page and a project
 * zone. A published document previews exactly as built.
 */
import fs from 'node:fs'
import path from 'node:path'

import { previewPath } from 'cms/preview'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { admin, api, baseURL, create, unique } from '../../../cms/test/support/api'
import { launchBrowser, newContext } from '../support/browser'
import { publishPortal } from '../support/previewServer'

const run = unique()
const password = 'a-long-test-password-for-previews'
const previewURL = (path: string) => `${inject('previewURL')}${path}`

const published = { zh: `預覽測試已發布標題 ${run}`, en: `Published preview test ${run}` }
const drafted = { zh: `預覽測試草稿標題 ${run}`, en: `Draft preview test ${run}` }
const caseTitle = `預覽測試案例草稿 ${run}`
const standingPageDraft = `無障礙聲明草稿 ${run}`
const zoneDraft = `補助計畫專區草稿 ${run}`

let browser: Browser
let newsId: string
let caseId: string
let standingPageId: string
let zoneId: string
const accounts = {} as Record<'contractor' | 'northStaff' | 'southStaff', string>

async function account(name: keyof typeof accounts, data: Record<string, unknown>) {
  accounts[name] = `${name.toLowerCase()}-${run}@career.test`
  await create('users', { name: `${name} ${run}`, email: accounts[name], password, ...data })
}

/** A browser context signed in to the CMS as `email` (the session cookie, as the admin sets it). */
async function signedIn(email: string): Promise<BrowserContext> {
  const context = await newContext(browser)
  const reply = await context.request.post(`${baseURL()}/api/users/login`, { data: { email, password } })
  expect(reply.status(), await reply.text()).toBe(200)
  return context
}

/** Saves a newer draft of a published document, as the admin's Save draft does. */
async function saveDraft(collection: string, id: string, data: Record<string, unknown>) {
  const reply = await api(`/${collection}/${id}?draft=true`, { method: 'PATCH', token: await admin(), json: { ...data, _status: 'draft' } })
  expect(reply.status, reply.text).toBe(200)
}

/** The published standing page of a kind (the global setup publishes one of each). */
async function standingPage(kind: string): Promise<{ id: string; title: string }> {
  const reply = await api(`/pages?where[kind][equals]=${kind}&depth=0`, { token: await admin() })
  expect(reply.body.docs, reply.text).toHaveLength(1)
  return reply.body.docs[0]
}

/** Opens a preview address in a fresh page of the context; resolves with the page and the answer. */
async function openPreview(context: BrowserContext, path: string) {
  const page = await context.newPage()
  const response = await page.goto(previewURL(path), { waitUntil: 'load' })
  return { page, status: response!.status(), headers: response!.headers(), html: await page.content() }
}

const heading = (page: Page) => page.locator('main h1').innerText()

beforeAll(async () => {
  const token = await admin()
  const north = await create('schools', { name: `臺北預覽測試大學 ${run}`, county: 'taipei-city', unitName: '職涯發展中心' })
  const south = await create('schools', { name: `高雄預覽測試大學 ${run}`, county: 'kaohsiung-city', unitName: '職涯發展中心' })
  await account('contractor', { role: 'contractor' })
  await account('northStaff', { role: 'school', school: north.id })
  await account('southStaff', { role: 'school', school: south.id })

  // A published news item, then a newer draft of it in both languages.
  const news = await create('news', { title: published.zh, category: 'announcement', summary: '已發布的摘要。', _status: 'published' })
  newsId = news.id
  const english = await api(`/news/${newsId}?locale=en`, { method: 'PATCH', token, json: { title: published.en, _status: 'published' } })
  expect(english.status, english.text).toBe(200)
  for (const [locale, title] of [['zh-TW', drafted.zh], ['en', drafted.en]] as const) {
    const reply = await api(`/news/${newsId}?draft=true&locale=${locale}`, { method: 'PATCH', token, json: { title, _status: 'draft' } })
    expect(reply.status, reply.text).toBe(200)
  }

  // A case the northern school has written and not submitted: a draft only its school and the review team read.
  const written = await api('/cases', {
    method: 'POST',
    token: (await api('/users/login', { json: { email: accounts.northStaff, password } })).body.token,
    json: { title: caseTitle, school: north.id, academicYear: 113, planType: 'cross-school', activityFormat: 'series', summary: '跨校合作的系列活動。' },
  })
  expect(written.status, written.text).toBe(201)
  caseId = written.body.doc.id

  // A standing page and a project zone, published, each with a newer draft.
  standingPageId = (await standingPage('accessibility')).id
  await saveDraft('pages', standingPageId, { title: standingPageDraft })
  zoneId = (await create('project-zones', { title: `補助計畫專區 ${run}`, zone: 'subsidy', summary: '已發布的專區摘要。', _status: 'published' })).id
  await saveDraft('project-zones', zoneId, { title: zoneDraft })

  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('an editor signed in to the CMS', () => {
  test('finds Preview in the edit view of the draft, and it opens the draft', async () => {
    const context = await signedIn(accounts.contractor)
    const page = await context.newPage()
    // The admin's first page is compiled on demand by the development server: it can take a minute.
    await page.goto(`${baseURL()}/admin/collections/news/${newsId}`, { waitUntil: 'load', timeout: 300_000 })
    const button = page.locator('#preview-button')
    await button.waitFor({ timeout: 300_000 })
    expect(await button.getAttribute('href')).toBe(previewURL(previewPath('news', newsId, 'zh-TW')))
    const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
    await preview.waitForLoadState('load')
    expect(await heading(preview)).toBe(drafted.zh)
    await context.close()
  }, 600_000)

  test('sees the draft, not the published version, in the portal layout, with the preview banner', async () => {
    const context = await signedIn(accounts.contractor)
    const { page, status, headers, html } = await openPreview(context, previewPath('news', newsId, 'zh-TW'))
    expect(status).toBe(200)
    expect(await heading(page)).toBe(drafted.zh)
    expect(html).not.toContain(published.zh)
    // The portal's own layout and styles: header, breadcrumbs, footer, the skip link.
    await expect(page.locator('header.site-header').count()).resolves.toBe(1)
    await expect(page.locator('footer').count()).resolves.toBeGreaterThan(0)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant-TW')
    const banner = page.locator('aside.draft-preview-banner')
    expect(await banner.isVisible()).toBe(true)
    // Styled by the stylesheet the preview server serves under /preview/_astro/.
    expect(await banner.evaluate((element) => getComputedStyle(element).position)).toBe('sticky')
    expect(await page.locator('main').evaluate((element) => getComputedStyle(element.querySelector('.container')!).maxWidth)).not.toBe('none')
    expect(await banner.locator('[lang="zh-Hant-TW"]').first().innerText()).toBe('草稿預覽')
    expect(await banner.locator('[lang="en"]').first().innerText()).toBe('Draft preview')
    expect(headers['cache-control']).toBe('private, no-store')
    expect(headers['x-robots-tag']).toBe('noindex')
    await context.close()
  })

  test('sees the English draft on the English page', async () => {
    const context = await signedIn(accounts.contractor)
    const { page, status } = await openPreview(context, previewPath('news', newsId, 'en'))
    expect(status).toBe(200)
    expect(await heading(page)).toBe(drafted.en)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await context.close()
  })

  test('sees the draft of a standing page and of a project zone on their portal pages', async () => {
    const context = await signedIn(accounts.contractor)
    for (const [collection, id, title] of [['pages', standingPageId, standingPageDraft], ['project-zones', zoneId, zoneDraft]] as const) {
      const { page, status } = await openPreview(context, previewPath(collection, id, 'zh-TW'))
      expect(status, collection).toBe(200)
      expect(await heading(page)).toBe(title)
      await expect(page.locator('header.site-header').count()).resolves.toBe(1)
      expect(await page.locator('aside.draft-preview-banner').isVisible()).toBe(true)
    }
    await context.close()
  })

  test('is told clearly when the language is not one of the portal’s', async () => {
    const context = await signedIn(accounts.contractor)
    const { status, html } = await openPreview(context, previewPath('news', newsId, 'fr'))
    expect(status).toBe(400)
    expect(html).toContain('預覽的語言須為 zh-TW 或 en。')
    expect(html).not.toContain(drafted.zh)
    await context.close()
  })
})

test('any other address of the preview server leads to the published portal', async () => {
  const context = await newContext(browser)
  const reply = await context.request.get(previewURL('/en/news/?page=2'), { maxRedirects: 0 })
  expect(reply.status()).toBe(302)
  expect(reply.headers().location).toBe(`${inject('portalURL')}/en/news/?page=2`)
  await context.close()
})

describe('the same address is refused', () => {
  test('to the public, showing nothing of the draft or the published version', async () => {
    const context = await newContext(browser)
    const { status, headers, html } = await openPreview(context, previewPath('news', newsId, 'zh-TW'))
    expect(status).toBe(403)
    expect(headers['cache-control']).toBe('private, no-store')
    for (const title of [drafted.zh, drafted.en, published.zh, published.en]) expect(html).not.toContain(title)
    expect(html).toContain('請先以可閱讀這份草稿的帳號登入後台')
    await context.close()
  })

  test('to the public, for a standing page and a project zone', async () => {
    const context = await newContext(browser)
    for (const [collection, id, title] of [['pages', standingPageId, standingPageDraft], ['project-zones', zoneId, zoneDraft]] as const) {
      const { status, html } = await openPreview(context, previewPath(collection, id, 'zh-TW'))
      expect(status, collection).toBe(403)
      expect(html).not.toContain(title)
    }
    await context.close()
  })

  test('to a forged session cookie', async () => {
    const context = await newContext(browser)
    await context.addCookies([{ name: 'payload-token', value: 'not-a-session', url: inject('previewURL') }])
    const { status, html } = await openPreview(context, previewPath('news', newsId, 'zh-TW'))
    expect(status).toBe(403)
    for (const title of [drafted.zh, published.zh]) expect(html).not.toContain(title)
    await context.close()
  })

  test('to the staff of another school, for a case draft that its own school previews', async () => {
    const own = await signedIn(accounts.northStaff)
    const mine = await openPreview(own, previewPath('cases', caseId, 'zh-TW'))
    expect(mine.status).toBe(200)
    expect(await heading(mine.page)).toBe(caseTitle)
    await own.close()

    const other = await signedIn(accounts.southStaff)
    const theirs = await openPreview(other, previewPath('cases', caseId, 'zh-TW'))
    expect([403, 404]).toContain(theirs.status)
    expect(theirs.html).not.toContain(caseTitle)
    await other.close()
  })
})

/**
 * A page with what differs by design set aside: the banner, the stylesheets (the build splits them
 * per page, the preview server has one), and the names of hashed scripts.
 */
const comparable = (html: string) =>
  html
    .replace(/<aside class="draft-preview-banner"[\s\S]*?<\/aside>/, '')
    .replace(/<link rel="stylesheet" href="[^"]+">/g, '')
    .replace(/(?:\/preview)?\/_astro\/[^"]+/g, '/_astro/(asset)')

describe('a published document', () => {
  test('previews exactly as the live portal shows it, in both languages, once a publish has replaced the live release', async () => {
    const news = await create('news', {
      title: `預覽比對新聞 ${run}`,
      category: 'event',
      summary: '與建置後頁面比對的摘要。',
      region: 'north',
      _status: 'published',
    })
    const zone = await create('project-zones', { title: `成果評選專區 ${run}`, zone: 'awards', summary: '與建置後頁面比對的專區摘要。', _status: 'published' })
    const privacy = await standingPage('privacy-security')
    // A menu item the release the preview server read so far does not have: the header must show it.
    const menuItem = `預覽選單 ${run}`
    const menu = await api('/globals/header-navigation', { method: 'POST', token: await admin(), json: { items: [{ label: menuItem, href: '/news/' }] } })
    expect(menu.status, menu.text).toBe(200)
    const dataDir = inject('cmsDataDir')
    await publishPortal({ dataDir, databaseURI: inject('cmsDatabaseURI') })

    const context = await signedIn(accounts.contractor)
    const documents = [
      { collection: 'news', id: news.id, title: news.title, page: ['news', news.slug] },
      { collection: 'pages', id: privacy.id, title: privacy.title, page: ['privacy-security'] },
      { collection: 'project-zones', id: zone.id, title: zone.title, page: ['zones', 'awards'] },
    ] as const
    for (const document of documents) {
      for (const locale of ['zh-TW', 'en'] as const) {
        const built = fs.readFileSync(path.join(dataDir, 'portal', 'live', 'site', ...(locale === 'en' ? ['en'] : []), ...document.page, 'index.html'), 'utf8')
        const reply = await context.request.get(previewURL(previewPath(document.collection, document.id, locale)))
        expect(reply.status(), `${document.collection} ${locale}`).toBe(200)
        const previewed = await reply.text()
        expect(previewed).toContain('draft-preview-banner')
        expect(built).toContain(document.title)
        expect(built).toContain(menuItem)
        expect(comparable(previewed)).toBe(comparable(built))
      }
    }
    await context.close()
  }, 600_000)
})
