/**
 * The admin of the production build, with Payload started by an admin page (as when an editor is
 * the first to open the CMS after a restart): a refused upload says why on the file field, in
 * full and in the editor's language, at desktop and phone widths, and nothing is stored.
 */
import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fileTypeNames, imageTypes } from 'media'
import { badFiles } from 'media/corpus'

import { messages } from '../../../cms/src/messages'
import { createFirstAdmin, testAdmin } from '../../../cms/test/support/accounts'
import { buildForProductionWhenChanged, type CmsServer, productionDistDir, startCms, stopCms } from '../../../cms/test/support/cmsServer'
import { request } from '../../../cms/test/support/http'
import { desktopViewport, launchBrowser } from '../support/browser'

let cms: CmsServer
let token: string
let browser: Browser

beforeAll(async () => {
  buildForProductionWhenChanged(productionDistDir)
  cms = await startCms({
    mode: 'start',
    env: { NODE_ENV: 'production', NEXT_DIST_DIR: productionDistDir, JOB_RUNNER: 'off' },
    readyPath: '/admin/login',
  })
  token = await createFirstAdmin(cms.url)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  if (cms) await stopCms(cms)
})

const disguisedSVG = async () => {
  const file = (await badFiles()).find((bad) => bad.what === 'SVG with a script named .png')
  if (!file) throw new Error('The corpus has no SVG named .png')
  return file
}

const refusalIn = (language: 'zh-TW' | 'en') => {
  const types = imageTypes.map((type) => fileTypeNames[type] ?? type).join(language === 'en' ? ', ' : '、')
  return messages.fileTypeNotAllowed[language].replace('{types}', types)
}

async function signIn(page: Page) {
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', testAdmin.email)
  await page.fill('input[name="password"]', testAdmin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

describe('a refused upload in the admin', () => {
  it.each([
    { language: 'zh-TW' as const, viewport: desktopViewport, save: '儲存' },
    { language: 'en' as const, viewport: { width: 400, height: 800 }, save: 'Save' },
  ])('shows its reason on the file field in $language at $viewport.width px and stores nothing', async ({ language, viewport, save }) => {
    const file = await disguisedSVG()
    const context = await browser.newContext({ locale: language, viewport })
    // The admin's language as an editor's account settings set it.
    await context.addCookies([{ name: 'payload-lng', value: language, url: cms.url }])
    try {
      const page = await context.newPage()
      await signIn(page)
      await page.goto(`${cms.url}/admin/collections/media/create`)
      await page.setInputFiles('.file-field input[type="file"]', { name: file.name, mimeType: file.type, buffer: file.bytes })
      await page.fill('[name="alt"]', language === 'en' ? 'Logo' : '標誌')
      await page.getByRole('button', { name: save, exact: true }).click()

      const reason = page.locator('.file-field .field-error')
      await expect.poll(() => reason.textContent(), { timeout: 30_000 }).toBe(refusalIn(language))
      expect(await reason.isVisible()).toBe(true)
      // All of it is on screen: not cut off with an ellipsis.
      expect(await reason.locator('.tooltip-content').evaluate((text) => text.scrollWidth <= text.clientWidth)).toBe(true)

      const stored = await request(`${cms.url}/api/media?limit=0`, { token })
      expect(stored.body.totalDocs).toBe(0)
      const uploads = cms.uploadDirectory('media')
      expect(fs.existsSync(uploads) ? fs.readdirSync(uploads) : []).toEqual([])
    } finally {
      await context.close()
    }
  })
})
