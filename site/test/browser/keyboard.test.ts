/**
 * Keyboard only: the skip link, the header search leading to results, and the gallery lightbox.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { common } from '../../src/i18n/strings'
import { launchBrowser, newContext, open, siteDist, waitForSearch } from '../support/browser'
import { pageTypes, pathOf } from '../support/pageTypes'

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newContext(browser)
})

afterAll(async () => {
  await browser?.close()
})

beforeEach(async () => {
  page = await context.newPage()
})

afterEach(async () => {
  await page.close()
})

/** What has focus: enough to recognise it in a failure message. */
const focused = (target: Page) =>
  target.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return { tag: 'body', text: '', href: null, inMain: false, inHeader: false, id: '', className: '' }
    return {
      tag: element.localName,
      text: (element.textContent ?? '').trim().slice(0, 80),
      href: element.getAttribute('href'),
      inMain: Boolean(element.closest('main')),
      inHeader: Boolean(element.closest('.site-header')),
      id: element.id,
      className: element.getAttribute('class') ?? '',
    }
  })

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabTo(target: Page, matches: (element: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await target.keyboard.press('Tab')
    const element = await focused(target)
    if (matches(element)) return element
  }
  throw new Error(`Nothing matching was reached within ${limit} Tab presses; focus is on ${JSON.stringify(await focused(target))}`)
}

describe('keyboard only', () => {
  it.each(['/', '/en/', '/news/'])('on %s the first Tab reaches the skip link, and Enter moves to the main content', async (path) => {
    await open(page, path)
    await page.keyboard.press('Tab')
    const first = await focused(page)
    expect(first.className).toContain('skip-link')
    expect(first.text).toBe(common(path.startsWith('/en/') ? 'en' : 'zh-TW').skipToContent)
    // Visible once focused.
    const box = await page.locator('.skip-link').boundingBox()
    expect(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true)
    await page.keyboard.press('Enter')
    expect((await focused(page)).inMain, 'focus is in the main content').toBe(true)
    // The next Tab continues from the main content, not back in the header.
    await page.keyboard.press('Tab')
    expect((await focused(page)).inHeader).toBe(false)
  })

  it('searches from the header box and reaches a result', async () => {
    await open(page, '/')
    await page.locator('#site-search-input').focus()
    await page.keyboard.type('種子教師')
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')])
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('種子教師')
    await waitForSearch(page)
    expect(await page.locator('main .search__list .search-result__title a[href]').count()).toBeGreaterThan(0)
    const reached = await tabTo(page, (element) => element.inMain && element.tag === 'a' && Boolean(element.href?.match(/^\/(en\/)?[a-z]/)) && element.text.length > 0 && /種子教師|培訓/.test(element.text))
    expect(reached.href).toBeTruthy()
    await Promise.all([page.waitForURL((url) => url.pathname === reached.href), page.keyboard.press('Enter')])
  })

  it('opens, moves through and closes the gallery lightbox, returning focus to the photo', async () => {
    await open(page, pathOf(siteDist(), pageTypes.find((type) => type.name === 'gallery album')!, 'zh-TW'))
    // The thumbnails link to the large photos; the lightbox opens them in place.
    await tabTo(page, (element) => element.inMain && Boolean(element.href?.startsWith('/images/')))
    await page.keyboard.press('Enter')
    const dialog = page.locator('main dialog[open]')
    await dialog.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]'))), 'focus is inside the dialog').toBe(true)
    const shownPhoto = async () => new URL((await dialog.locator('img').getAttribute('src'))!, page.url()).pathname
    const first = await shownPhoto()
    await page.keyboard.press('ArrowRight')
    await expect.poll(shownPhoto, { timeout: 5_000 }).not.toBe(first)
    const last = await shownPhoto()
    // Tab stays inside the open dialog.
    for (let presses = 0; presses < 4; presses++) {
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]'))), 'focus stays in the dialog').toBe(true)
    }
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 })
    const back = await focused(page)
    expect(back.inMain && back.href, 'focus returns to the thumbnail of the photo last shown').toBe(last)
  })
})
