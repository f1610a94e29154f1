/**
 * Publish to live, end to end: a real CMS with its portal builder on a seeded throwaway database;
 * editors' changes over REST; the live release served over HTTP and searched in Chromium.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SiteBuild } from '../../../cms/src/payload-types'
import { createFirstAdmin, testAdmin } from '../../../cms/test/support/accounts'
import { cmsDirectory, type CmsServer, startCms, stopCms } from '../../../cms/test/support/cmsServer'
import { request } from '../../../cms/test/support/http'
import { buildCovering, covers, isIdle, siteBuilds, waitForBuilds } from '../../../cms/test/support/siteBuilds'
import { type StaticServer, serveDirectory } from '../../src/server/staticServer'
import { launchBrowser } from '../support/browser'
import { run } from '../support/builtSite'

let cms: CmsServer
let token: string
let portal: StaticServer
let browser: Browser
let liveLink: string

const unique = Date.now().toString(36)
/** A phrase no seeded page contains, to search for. */
const phrase = '即時上線驗證'

const api = async (pathAndQuery: string, options: Parameters<typeof request>[1] = {}) => {
  const reply = await request(`${cms.url}/api${pathAndQuery}`, { token, ...options })
  if (reply.status >= 400) throw new Error(`${options.method ?? 'GET'} ${pathAndQuery} answered ${reply.status}: ${reply.text.slice(0, 500)}`)
  return reply.body
}

const allBuilds = () => siteBuilds(cms.url, token)
const waitFor = (done: (builds: SiteBuild[]) => boolean, what: string, timeoutMs?: number) => waitForBuilds(cms.url, token, done, what, { timeoutMs })

const liveFile = (relative: string) => path.join(liveLink, 'site', relative)
const readLive = (relative: string) => fs.readFileSync(liveFile(relative), 'utf8')

/** The result links the live portal's search page shows for `query`. */
async function searchResults(query: string): Promise<string[]> {
  const page = await browser.newPage()
  try {
    await page.goto(`${portal.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' })
    await page.waitForFunction(() => Boolean(document.querySelector('main .search__summary')?.textContent?.trim()), undefined, { timeout: 30_000 })
    return await page.locator('main .search__list .search-result__title a[href]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
  } finally {
    await page.close()
  }
}

beforeAll(async () => {
  cms = await startCms({
    // Its own Next.js folder: the preview tests' CMS server runs beside this one.
    env: { SITE_BUILDER: 'on', SITE_BUILD_DELAY_MS: '1500', NEXT_DIST_DIR: '.next-test-publishing' },
    beforeStart: (env) =>
      run('pnpm', ['payload', 'run', 'src/seed/run.ts'], { cwd: cmsDirectory, env: { ...process.env, ...env }, logFile: path.join(env.DATA_DIR!, 'seed.log') }),
  })
  token = await createFirstAdmin(cms.url, testAdmin)
  // Seeding asks for no build: the first release is a rebuild.
  await api('/site-builds/rebuild', { method: 'POST' })
  await waitFor((builds) => builds.some((build) => build.status === 'live') && isIdle(builds), 'the first release')
  liveLink = path.join(cms.dataDir, 'portal', 'live')
  portal = await serveDirectory(path.join(liveLink, 'site'))
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await portal?.close()
  if (cms) await stopCms(cms)
})

describe('publish to live', () => {
  let newsId: string
  const slug = `publish-to-live-${unique}`
  const title = `${phrase}：發布後自動上線 ${unique}`

  it('puts a published news item on the portal: its page, the news list, RSS, the sitemap and search', async () => {
    const reply = await api('/news', {
      method: 'POST',
      json: { title, slug, category: 'announcement', summary: `${phrase}摘要`, publishedAt: new Date().toISOString(), _status: 'published' },
    })
    newsId = reply.doc.id
    const build = await buildCovering(cms.url, token, newsId)
    expect(build.status, build.error ?? '').toBe('live')
    expect(readLive(`news/${slug}/index.html`)).toContain(title)
    expect(readLive('news/index.html')).toContain(`/news/${slug}/`)
    expect(readLive('news/rss.xml')).toContain(title)
    expect(readLive('sitemap.xml')).toContain(`/news/${slug}/`)
    expect((await fetch(`${portal.url}/news/${slug}/`)).status).toBe(200)
    expect((await searchResults(phrase))[0]).toBe(`/news/${slug}/`)
  })

  it('removes an unpublished news item from its page, the news list, RSS, the sitemap and search', async () => {
    await api(`/news/${newsId}`, { method: 'PATCH', json: { _status: 'draft' } })
    const build = await buildCovering(cms.url, token, newsId, 2)
    expect(build.status, build.error ?? '').toBe('live')
    expect(build.changes?.find((change) => change.documentId === newsId)?.action).toBe('unpublish')
    expect(fs.existsSync(liveFile(`news/${slug}`))).toBe(false)
    expect((await fetch(`${portal.url}/news/${slug}/`)).status).toBe(404)
    expect(readLive('news/index.html')).not.toContain(`/news/${slug}/`)
    expect(readLive('news/rss.xml')).not.toContain(title)
    expect(readLive('sitemap.xml')).not.toContain(`/news/${slug}/`)
    expect(await searchResults(phrase)).not.toContain(`/news/${slug}/`)
  })

  it('saving a draft of a published document asks for no build', async () => {
    const { docs } = await api('/news?limit=1&depth=0&where[_status][equals]=published')
    const before = (await allBuilds()).length
    await api(`/news/${docs[0].id}?draft=true`, { method: 'PATCH', json: { title: `草稿 ${unique}` } })
    // Longer than the builder waits for edits to settle.
    await new Promise((resolve) => setTimeout(resolve, 4000))
    expect((await allBuilds()).length).toBe(before)
    expect(readLive('news/index.html')).not.toContain(`草稿 ${unique}`)
  })

  it('two publishes during one build lead to exactly one more build, covering both', async () => {
    const { docs } = await api('/news?limit=2&depth=0&where[_status][equals]=published')
    await api('/site-builds/rebuild', { method: 'POST' })
    const running = (await waitFor((builds) => builds.some((build) => build.status === 'building'), 'a running build', 60_000)).find(
      (build) => build.status === 'building',
    )!
    for (const doc of docs) await api(`/news/${doc.id}`, { method: 'PATCH', json: { summary: `更新摘要 ${unique}` } })
    const builds = await waitFor((list) => isIdle(list) && docs.every((doc: { id: string }) => list.some((build) => covers(build, doc.id))), 'the build after')
    const later = builds.filter((build) => build.createdAt > running.createdAt)
    expect(later).toHaveLength(1)
    expect(later[0]!.status, later[0]!.error ?? '').toBe('live')
    expect(later[0]!.requests).toBe(2)
    expect(builds.find((build) => build.id === running.id)!.status).toBe('live')
  })

  it('a failed build leaves the last good release live and reports the error', async () => {
    const liveBefore = fs.readlinkSync(liveLink)
    const aboutBefore = readLive('about/index.html')
    const { docs } = await api('/pages?limit=1&depth=0&where[kind][equals]=about')
    const about = docs[0]
    // The portal cannot be built without its About page: the build fails on real content.
    await api(`/pages/${about.id}`, { method: 'PATCH', json: { _status: 'draft' } })
    const failed = await buildCovering(cms.url, token, about.id)
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(/about/)
    expect(fs.readlinkSync(liveLink)).toBe(liveBefore)
    expect(readLive('about/index.html')).toBe(aboutBefore)
    expect((await fetch(`${portal.url}/about/`)).status).toBe(200)
    // The failed build's half-made release is gone.
    expect(fs.readdirSync(path.join(cms.dataDir, 'portal', 'releases'))).toContain(path.basename(liveBefore))
    expect(fs.readdirSync(path.join(cms.dataDir, 'portal', 'releases')).filter((name) => name > path.basename(liveBefore))).toEqual([])

    await api(`/pages/${about.id}`, { method: 'PATCH', json: { _status: 'published' } })
    expect((await buildCovering(cms.url, token, about.id, 2)).status).toBe('live')
    expect(fs.readlinkSync(liveLink)).not.toBe(liveBefore)
  })

  it('refuses a rebuild to accounts that do not manage all content, in their language', async () => {
    const reply = await request(`${cms.url}/api/site-builds/rebuild`, { method: 'POST', language: 'en' })
    expect(reply.status).toBe(403)
    expect(reply.text).toContain('Only the agency and the contractor')
  })
})
