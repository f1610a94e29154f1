/**
 * Debian's Chromium driven by playwright-core, against the site the global setup serves.
 */
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { inject } from 'vitest'

/** The served site's address of a path: `siteURL('/news/')`. */
export const siteURL = (path = '/') => `${inject('siteURL')}${path}`

/** The built site on disk. */
export const siteDist = () => inject('siteDist')

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Headless, and nothing that talks to the network or the profile behind the test's back. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })

/** A phone held upright: the narrowest width the portal must reflow to. */
export const narrowViewport = { width: 320, height: 640 }
export const desktopViewport = { width: 1280, height: 900 }

/** A fresh browsing context (own storage) with a desktop viewport unless told otherwise. */
export const newContext = (browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> =>
  browser.newContext({ viewport: desktopViewport, ...options })

/** Opens a path of the served site and waits until it has loaded; fails on an error status. */
export async function open(page: Page, path: string): Promise<Page> {
  const response = await page.goto(siteURL(path), { waitUntil: 'load' })
  const status = response?.status()
  if (status !== 200 && !(path.includes('404') && status === 404)) throw new Error(`GET ${path} answered ${status}`)
  return page
}

/** Waits until the search page has answered the query in its address (results, none, or an error). */
export async function waitForSearch(page: Page): Promise<void> {
  await page.waitForFunction(
    () => Boolean(document.querySelector('main .search__summary')?.textContent?.trim() || document.querySelector('main .search__results [role="alert"]')),
    undefined,
    { timeout: 30_000 },
  )
}
