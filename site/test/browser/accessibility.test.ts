/**
 * axe-core reports no WCAG 2.1 A/AA violation on one page of every kind, in both languages; at
 * 320 px (a phone) the same holds for the denser kinds, and nothing scrolls sideways.
 */
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, describeViolations } from '../support/axe'
import { launchBrowser, narrowViewport, newContext, open, siteDist } from '../support/browser'
import { pageTypesInBothLanguages, pathOf } from '../support/pageTypes'

/** The kinds of page with the most layout: lists, filters, tables, photos, charts. */
const checkedOnPhones = [
  'home',
  'news list',
  'news detail',
  'zone page',
  'cases list',
  'case detail',
  'gallery album',
  'library detail',
  'video page',
  'survey page',
  'directory',
  'search',
]

let browser: Browser
let desktop: BrowserContext
let phone: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  desktop = await newContext(browser)
  phone = await newContext(browser, { viewport: narrowViewport, isMobile: true, hasTouch: true })
})

afterAll(async () => {
  await browser?.close()
})

async function violationsAt(context: BrowserContext, path: string) {
  const page = await context.newPage()
  try {
    await open(page, path)
    return await axeViolations(page)
  } finally {
    await page.close()
  }
}

describe('WCAG 2.1 AA (axe-core)', () => {
  it.each(pageTypesInBothLanguages)('%s (%s) has no violations', async (_name, locale, type) => {
    const path = pathOf(siteDist(), type, locale)
    const violations = await violationsAt(desktop, path)
    expect(violations.map((violation) => violation.id), `${path}\n${describeViolations(violations)}`).toEqual([])
  })
})

describe('at 320 px wide', () => {
  const types = pageTypesInBothLanguages.filter(([name]) => checkedOnPhones.includes(name))

  it.each(types)('%s (%s) has no violations and does not scroll sideways', async (_name, locale, type) => {
    const path = pathOf(siteDist(), type, locale)
    const page = await phone.newPage()
    try {
      await open(page, path)
      const violations = await axeViolations(page)
      expect(violations.map((violation) => violation.id), `${path}\n${describeViolations(violations)}`).toEqual([])
      const widest = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.scrollingElement!
        if (scrollWidth <= clientWidth) return { scrollWidth, culprit: '' }
        // The innermost element that sticks out, to name in the failure.
        const outside = [...document.body.querySelectorAll<HTMLElement>('*')].filter((element) => element.getBoundingClientRect().right > clientWidth + 1)
        const culprit = outside.find((element) => !outside.some((other) => other !== element && element.contains(other)))
        return { scrollWidth, culprit: culprit ? `<${culprit.localName} class="${culprit.className}">` : '' }
      })
      expect(widest.scrollWidth, `${path} is ${widest.scrollWidth}px wide (first too wide: ${widest.culprit})`).toBeLessThanOrEqual(narrowViewport.width)
    } finally {
      await page.close()
    }
  })
})
