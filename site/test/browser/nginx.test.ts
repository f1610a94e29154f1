/**
 * The shipped nginx site (deploy/nginx), rendered by scripts/deploy/nginxSite.ts as operators
 * render it, run by Debian's nginx on loopback in front of the built portal (reached through a
 * `live` symlink, as the publisher lays it out) and two recording servers standing in for the CMS
 * and the preview server: routing, proxy headers, upload limit, security headers, a CSP under which
 * every kind of page and Pagefind's search work in Chromium, caching, compression and media types;
 * the API's micro-cache in front of the real CMS; then a second instance behind a trusted load
 * balancer, and the HTTPS variant through `nginx -t`.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { sizeLimits } from 'media'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFirstAdmin, testAdmin } from '../../../cms/test/support/accounts'
import { type CmsServer, freePort, startCms, stopCms } from '../../../cms/test/support/cmsServer'
import { request as cmsRequest, type Reply } from '../../../cms/test/support/http'
import { maxUploadSize, renderNginxSite } from '../../../scripts/deploy/nginxSite'
import { launchBrowser, newContext, siteDist, waitForSearch } from '../support/browser'
import { htmlPages, readPage } from '../support/dist'
import { checkConfiguration, type Nginx, nginxBinary, startNginx } from '../support/nginx'
import { pageTypes, pathOf } from '../support/pageTypes'
import { Problems } from '../support/problems'

const binary = nginxBinary()
if (!binary) console.warn('nginx is not installed (Debian: apt-get install nginx): the nginx deployment tests are skipped.')

type Answer = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: Buffer }

/** One HTTP request without a client's conveniences: no decompression, any Host header. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) }),
      )
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

type Received = { method: string; url: string; headers: http.IncomingHttpHeaders; bodyBytes: number }

/** A stand-in upstream that records what reaches it and answers with `answerHeaders`. */
async function recordingServer(answerHeaders: Record<string, string>) {
  const received: Received[] = []
  const server = http.createServer((incoming, response) => {
    let bodyBytes = 0
    incoming.on('data', (chunk: Buffer) => (bodyBytes += chunk.length))
    incoming.on('end', () => {
      received.push({ method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, bodyBytes })
      response.writeHead(200, { 'content-type': 'application/json', ...answerHeaders }).end(JSON.stringify({ url: incoming.url }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    address: `127.0.0.1:${port}`,
    received,
    /** The requests that reached it since `from`. */
    since: (from: number) => received.slice(from),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The value of a directive in a CSP: `script-src` → its sources. */
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1) ?? []

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

const immutable = 'public, max-age=31536000, immutable'
/** A file large enough that gzip makes it smaller. */
const worthCompressing = (file: string) => fs.statSync(path.join(siteDist(), file)).size > 1024
const firstFile = (folder: string, test: (name: string) => boolean) => {
  const name = fs.readdirSync(path.join(siteDist(), folder)).sort().find(test)
  if (!name) throw new Error(`The build has no matching file in ${folder}`)
  return `/${folder}/${name}`
}

describe.skipIf(!binary)('nginx in front of the portal, the CMS and the preview', () => {
  let nginx: Nginx
  let base: string
  let cms: Awaited<ReturnType<typeof recordingServer>>
  let preview: Awaited<ReturnType<typeof recordingServer>>
  let releases: string
  const get = (urlPath: string, headers: Record<string, string> = {}) => request(`${base}${urlPath}`, { headers })

  beforeAll(async () => {
    cms = await recordingServer({ 'cache-control': 'private, max-age=0' })
    preview = await recordingServer({ 'cache-control': 'public, max-age=600' })
    releases = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-portal-'))
    const live = path.join(releases, 'live')
    fs.symlinkSync(siteDist(), live)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    const site = await renderNginxSite({
      siteURL: base,
      portalRoot: live,
      listen: `127.0.0.1:${port}`,
      cmsServers: [cms.address],
      previewServer: preview.address,
      apiCacheDirectory: path.join(releases, 'api-cache'),
    })
    nginx = await startNginx(binary!, site, base)
  })

  afterAll(async () => {
    await nginx?.close()
    await cms?.close()
    await preview?.close()
    if (releases) fs.rmSync(releases, { recursive: true, force: true })
  })

  describe('routing', () => {

    it.each([
      ['the home page', '/'],
      ['the English home page', '/en/'],
      ['a section', '/news/'],
      ['a nested page', () => pathOf(siteDist(), pageTypes.find((type) => type.name === 'news detail')!, 'zh-TW')],
      ['a nested English page', () => pathOf(siteDist(), pageTypes.find((type) => type.name === 'case detail')!, 'en')],
    ])('serves %s from the live release', async (_name, where) => {
      const urlPath = typeof where === 'function' ? where() : where
      const answer = await get(urlPath)
      expect(answer.status).toBe(200)
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(answer.body.toString('utf8')).toBe(readPage(siteDist(), urlPath))
    })

    it('answers a missing page with the portal’s 404 page and status 404', async () => {
      const notFound = fs.readFileSync(path.join(siteDist(), '404.html'), 'utf8')
      for (const missing of ['/no-such-page/', '/en/no-such-page/', '/news/no-such-article/', '/_astro/missing.js', '/apiary', '/administrator']) {
        const answer = await get(missing)
        expect(answer.status, missing).toBe(404)
        expect(answer.body.toString('utf8'), missing).toBe(notFound)
      }
    })

    it('redirects a folder without its trailing slash, keeping the host and port the browser used', async () => {
      const answer = await get('/news', { host: 'portal.example:8443' })
      expect(answer.status).toBe(301)
      expect(answer.headers.location).toBe('/news/')
      const resolved = new URL(answer.headers.location!, 'https://portal.example:8443/news')
      expect(resolved.href).toBe('https://portal.example:8443/news/')
    })

    it('passes /api, /admin and /_next/ to the CMS unchanged, with the client’s address as nginx saw it', async () => {
      const from = cms.received.length
      const paths = ['/api/news?where[region][equals]=north&locale=en', '/api/users/me', '/admin', '/admin/collections/news', '/_next/static/chunks/main.js']
      for (const urlPath of paths) {
        const answer = await get(urlPath, { 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.8' })
        expect(answer.status, urlPath).toBe(200)
        expect(JSON.parse(answer.body.toString('utf8')), urlPath).toEqual({ url: urlPath })
      }
      const received = cms.since(from)
      expect(received.map((item) => item.url)).toEqual(paths)
      for (const { headers, url } of received) {
        // A client cannot put an address of its choosing into the audit log.
        expect(headers['x-forwarded-for'], url).toBe('127.0.0.1')
        expect(headers['x-real-ip'], url).toBe('127.0.0.1')
        expect(headers['x-forwarded-proto'], url).toBe('http')
        expect(headers.host, url).toBe('127.0.0.1')
        // nginx compresses for the client; the CMS sends plain bodies.
        expect(headers['accept-encoding'], url).toBeUndefined()
      }
    })

    it('passes /preview/ to the preview server', async () => {
      const from = preview.received.length
      const answer = await get('/preview/news/a-draft/?token=abc')
      expect(answer.status).toBe(200)
      expect(preview.since(from).map((item) => item.url)).toEqual(['/preview/news/a-draft/?token=abc'])
      expect(cms.received.some((item) => item.url.startsWith('/preview/'))).toBe(false)
    })

    it('takes uploads to the API up to the largest the CMS accepts, and refuses larger ones before reading them', async () => {
      const from = cms.received.length
      const body = Buffer.alloc(3 * 2 ** 20, 1)
      const answer = await request(`${base}/api/media`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body })
      expect(answer.status).toBe(200)
      expect(cms.since(from).map(({ method, bodyBytes }) => ({ method, bodyBytes }))).toEqual([{ method: 'POST', bodyBytes: body.length }])

      // Only the headers are sent: nginx answers from the declared length, in the CMS's error format and language.
      const limit = Number.parseInt(maxUploadSize(), 10) * 2 ** 20
      const oversized = (languageHeaders: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = net.connect(Number(new URL(base).port), '127.0.0.1', () =>
            socket.write(
              `POST /api/media HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n${languageHeaders}Content-Length: ${limit + 1}\r\n\r\n`,
            ),
          )
          // nginx keeps reading what a refused client still sends for a while: the answer is read up to its length.
          let answer = Buffer.alloc(0)
          socket.on('data', (chunk: Buffer) => {
            answer = Buffer.concat([answer, chunk])
            const headEnd = answer.indexOf('\r\n\r\n')
            const length = /content-length: (\d+)/i.exec(answer.subarray(0, headEnd).toString('latin1'))?.[1]
            if (headEnd >= 0 && length && answer.length >= headEnd + 4 + Number(length)) {
              resolve(answer.toString('utf8'))
              socket.destroy()
            }
          })
          socket.on('error', reject)
        })
      const megabytes = sizeLimits.video / 2 ** 20
      for (const [languageHeaders, message] of [
        ['', `檔案超過此處的大小上限 ${megabytes} MB。`],
        ['Accept-Language: en-GB,en;q=0.8\r\n', `The file is larger than the ${megabytes} MB allowed here.`],
        ['Accept-Language: en\r\nCookie: payload-lng=zh-TW\r\n', `檔案超過此處的大小上限 ${megabytes} MB。`],
        ['Accept-Language: zh-TW\r\nCookie: theme=dark; payload-lng=en\r\n', `The file is larger than the ${megabytes} MB allowed here.`],
      ]) {
        const answer = await oversized(languageHeaders)
        const [head, body] = answer.split('\r\n\r\n')
        expect(head.split('\r\n')[0], languageHeaders).toBe('HTTP/1.1 413 Request Entity Too Large')
        expect(head.toLowerCase()).toContain('content-type: application/json; charset=utf-8')
        expect(JSON.parse(body), languageHeaders).toEqual({ errors: [{ message }] })
      }
      expect(cms.received.length).toBe(from + 1)
    })
  })

  describe('security headers', () => {
    const portalPaths = () => [
      ['a page', '/'],
      ['a script', firstFile('_astro', (name) => name.endsWith('.js'))],
      ['an image', firstFile('images', () => true)],
      ['a missing page', '/no-such-page/'],
      ['a redirect', '/news'],
      ['the preview', '/preview/news/a-draft/'],
    ]
    const cmsPaths = () => [
      ['the API', '/api/news'],
      ['the admin', '/admin'],
      ['the admin’s assets', '/_next/static/chunks/main.js'],
    ]
    const policyOf = async (urlPath: string) => String((await get(urlPath)).headers['content-security-policy'] ?? '')

    it('are on every response, errors and redirects included', async () => {
      const problems = new Problems()
      for (const [name, urlPath] of [...portalPaths(), ...cmsPaths()]) {
        const { headers } = await get(urlPath)
        const hsts = headers['strict-transport-security']
        problems.check(hsts === 'max-age=31536000; includeSubDomains', `${name}: Strict-Transport-Security is ${hsts}`)
        problems.check(headers['x-content-type-options'] === 'nosniff', `${name}: X-Content-Type-Options is ${headers['x-content-type-options']}`)
        problems.check(headers['referrer-policy'] === 'strict-origin-when-cross-origin', `${name}: Referrer-Policy is ${headers['referrer-policy']}`)
        const policy = String(headers['content-security-policy'] ?? '')
        for (const [key, value] of [['frame-ancestors', "'self'"], ['object-src', "'none'"], ['base-uri', "'self'"]]) {
          problems.check(directive(policy, key).join(' ') === value, `${name}: ${key} is not ${value} in "${policy}"`)
        }
      }
      problems.assertNone('responses without the security headers')
    })

    it('give the portal a policy of its own files only, and the CMS one without script rules', async () => {
      for (const [name, urlPath] of portalPaths()) {
        const policy = await policyOf(urlPath)
        expect(directive(policy, 'default-src'), name).toEqual(["'self'"])
        const scripts = directive(policy, 'script-src')
        expect(scripts.filter((source) => !source.startsWith("'sha256-")), name).toEqual(["'self'", "'wasm-unsafe-eval'"])
        expect(policy, name).not.toContain('unsafe-inline')
        expect(policy, name).not.toContain("'unsafe-eval'")
      }
      for (const [name, urlPath] of cmsPaths()) {
        const policy = await policyOf(urlPath)
        expect(directive(policy, 'script-src'), name).toEqual([])
        expect(directive(policy, 'default-src'), name).toEqual([])
      }
    })

    it('allow every inline script and style of the built portal by its hash, and nothing else inline', async () => {
      const policy = await policyOf('/')
      const scripts = new Set(directive(policy, 'script-src'))
      const styles = new Set(directive(policy, 'style-src'))
      const problems = new Problems()
      for (const urlPath of htmlPages(siteDist())) {
        const html = readPage(siteDist(), urlPath)
        for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
          if (/\bsrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes)) continue
          problems.check(scripts.has(sha256(content)), `${urlPath}: an inline script the CSP does not allow: ${content.slice(0, 80)}`)
        }
        for (const [, content] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
          problems.check(styles.has(sha256(content)), `${urlPath}: an inline style the CSP does not allow: ${content.slice(0, 80)}`)
        }
        problems.check(!/<[^>]+\sstyle="/.test(html), `${urlPath}: a style attribute, which the CSP blocks`)
        problems.check(!/<[^>]+\son[a-z]+="/.test(html), `${urlPath}: an inline event handler, which the CSP blocks`)
      }
      problems.assertNone('pages with inline code the CSP blocks')
    })
  })

  describe('in Chromium under the CSP', () => {
    let browser: Browser
    let page: Page
    const violations: string[] = []

    beforeAll(async () => {
      browser = await launchBrowser()
      const context = await newContext(browser)
      page = await context.newPage()
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
      })
      page.on('worker', (worker) =>
        worker.on('console', (message) => {
          if (/Content.Security.Policy/i.test(message.text())) violations.push(`worker ${worker.url()}: ${message.text()}`)
        }),
      )
      await context.exposeFunction('reportViolation', (report: string) => violations.push(report))
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportViolation: (report: string) => void }).reportViolation(
            `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`,
          ),
        ),
      )
    })

    afterAll(async () => {
      await browser?.close()
    })

    it.each([
      ['zh-TW', '/search/', '種子教師'],
      ['en', '/en/search/', 'seed teacher training'],
    ])('Pagefind searches (%s)', async (_locale, searchPage, query) => {
      violations.length = 0
      const response = await page.goto(`${base}${searchPage}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' })
      expect(response?.status()).toBe(200)
      await waitForSearch(page)
      const results = await page.locator('main .search__list .search-result__title a[href]').evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
      )
      expect(results).toContain(`${searchPage.replace('/search/', '/')}zones/seed-teacher-training/`)
      expect(violations).toEqual([])
    })

    it('opens every kind of page without a CSP violation', async () => {
      violations.length = 0
      const problems = new Problems()
      for (const type of pageTypes) {
        for (const locale of type.bilingual ? (['zh-TW'] as const) : (['zh-TW', 'en'] as const)) {
          const urlPath = pathOf(siteDist(), type, locale)
          const response = await page.goto(`${base}${urlPath}`, { waitUntil: 'load' })
          problems.check(response?.status() === 200, `${urlPath} answered ${response?.status()}`)
        }
      }
      for (const violation of violations) problems.add(violation)
      problems.assertNone('CSP violations or failed pages')
    })
  })

  describe('caching', () => {
    it.each([
      ['an HTML page', () => '/'],
      ['a nested HTML page', () => '/news/'],
      ['the 404 page', () => '/no-such-page/'],
      ['Pagefind’s script', () => '/pagefind/0/pagefind.js'],
      ['Pagefind’s entry file', () => '/pagefind/0/pagefind-entry.json'],
      ['Pagefind’s worker', () => '/pagefind/0/pagefind-worker.js'],
      ['Pagefind’s WebAssembly', () => firstFile('pagefind/0', (name) => name.startsWith('wasm.'))],
      ['an uploaded original', () => firstFile('files/documents', () => true)],
      ['the sitemap', () => '/sitemap.xml'],
    ])('revalidates %s on every use', async (_name, where) => {
      const urlPath = where()
      const answer = await get(urlPath)
      expect(answer.headers['cache-control'], urlPath).toBe('no-cache')
      const etag = answer.headers.etag
      expect(etag, urlPath).toBeTruthy()
      if (answer.status === 200) expect((await get(urlPath, { 'if-none-match': etag! })).status, urlPath).toBe(304)
    })

    it.each([
      ['a script bundle', () => firstFile('_astro', (name) => name.endsWith('.js'))],
      ['a stylesheet', () => firstFile('_astro', (name) => name.endsWith('.css'))],
      ['an image derivative', () => firstFile('images', (name) => name.endsWith('.avif'))],
      ['a Pagefind fragment', () => firstFile('pagefind/0/fragment', () => true)],
      ['a Pagefind index chunk', () => firstFile('pagefind/0/index', () => true)],
      ['Pagefind’s language metadata', () => firstFile('pagefind/0', (name) => name.endsWith('.pf_meta'))],
    ])('keeps %s (named by its content) for a year', async (_name, where) => {
      const answer = await get(where())
      expect(answer.status).toBe(200)
      expect(answer.headers['cache-control']).toBe(immutable)
    })

    it('leaves the CMS’s own cache headers alone, and never lets a draft preview be stored', async () => {
      const api = await get('/api/news')
      const cacheHeaders = (answer: Answer) => answer.rawHeaders.filter((name, index) => index % 2 === 0 && name.toLowerCase() === 'cache-control')
      expect(cacheHeaders(api)).toHaveLength(1)
      expect(api.headers['cache-control']).toBe('private, max-age=0')
      const draft = await get('/preview/news/a-draft/')
      expect(cacheHeaders(draft)).toHaveLength(1)
      expect(draft.headers['cache-control']).toBe('private, no-store')
    })
  })

  describe('the API’s micro-cache, in front of the real CMS', () => {
    let cmsServer: CmsServer
    let front: Nginx
    let frontURL: string
    let cacheDirectory: string
    let token: string
    let newsId: string
    const title = `微快取測試 ${Date.now().toString(36)}`

    /** Through nginx, with exactly `headers`: no session unless they carry one. */
    const viaNginx = (route: string, options: { method?: string; headers?: Record<string, string>; json?: unknown } = {}) =>
      cmsRequest(`${frontURL}/api${route}`, options)
    /** At the CMS itself, as the administrator. */
    const atCms = (route: string, options: { method?: string; json?: unknown } = {}) => cmsRequest(`${cmsServer.url}/api${route}`, { token, ...options })
    const cacheStatus = (reply: Reply) => reply.headers['x-cache-status']
    /** The published title, as the CMS has it (a draft is saved beside it). */
    const publishedTitle = async () => (await atCms(`/news/${newsId}?depth=0`)).body.title as string
    const signedIn = (): Record<string, string>[] => [
      { authorization: `JWT ${token}` },
      // The admin's session cookie, as a browser sends it from the same origin.
      { cookie: `payload-lng=zh-TW; payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
    ]

    beforeAll(async () => {
      // Its own Next.js folder, beside other tests' CMS servers.
      cmsServer = await startCms({ env: { NEXT_DIST_DIR: '.next-test-nginx' } })
      token = await createFirstAdmin(cmsServer.url, testAdmin)
      cacheDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-api-cache-'))
      const port = await freePort()
      frontURL = `http://127.0.0.1:${port}`
      const site = await renderNginxSite({
        siteURL: frontURL,
        portalRoot: siteDist(),
        listen: `127.0.0.1:${port}`,
        cmsServers: [`127.0.0.1:${cmsServer.port}`],
        previewServer: preview.address,
        apiCacheDirectory: path.join(cacheDirectory, 'api'),
      })
      front = await startNginx(binary!, site, frontURL)
      const created = await atCms('/news?depth=0', { json: { title, category: 'announcement', summary: '已發佈', _status: 'published' } })
      if (created.status !== 201) throw new Error(`POST /api/news answered ${created.status}: ${created.text.slice(0, 300)}`)
      newsId = created.body.doc.id
    })

    afterAll(async () => {
      await front?.close()
      if (cmsServer) await stopCms(cmsServer)
      if (cacheDirectory) fs.rmSync(cacheDirectory, { recursive: true, force: true })
    })

    it('answers an anonymous GET from its cache the second time, and the CMS’s change within seconds', async () => {
      const route = `/news/${newsId}?depth=0`
      const first = await viaNginx(route)
      expect(first.status).toBe(200)
      expect(first.body.title).toBe(title)
      expect(cacheStatus(first)).toBe('MISS')
      const second = await viaNginx(route)
      expect(cacheStatus(second)).toBe('HIT')
      expect(second.text).toBe(first.text)

      const changed = `${title}（修訂）`
      expect((await atCms(`/news/${newsId}?depth=0`, { method: 'PATCH', json: { title: changed, _status: 'published' } })).status).toBe(200)
      await expect.poll(async () => (await viaNginx(route)).body.title, { timeout: 10_000, interval: 250 }).toBe(changed)
    })

    it('passes every signed-in request to the CMS, which shows it the draft, and keeps none of them', async () => {
      const draft = `${title}（草稿）`
      expect((await atCms(`/news/${newsId}?draft=true&depth=0`, { method: 'PATCH', json: { title: draft } })).status).toBe(200)
      const route = `/news/${newsId}?draft=true&depth=0&signed-in`
      for (const headers of signedIn()) {
        for (const time of ['first', 'second']) {
          const reply = await viaNginx(route, { headers })
          expect(reply.status, `${Object.keys(headers)}, ${time}`).toBe(200)
          expect(reply.body.title, `${Object.keys(headers)}, ${time}`).toBe(draft)
          expect(cacheStatus(reply), `${Object.keys(headers)}, ${time}`).toBe('BYPASS')
        }
      }
      // Nothing of theirs was kept: the first anonymous request at the same address goes to the CMS.
      const anonymous = await viaNginx(route)
      expect(cacheStatus(anonymous)).toBe('MISS')
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.title).toBe(await publishedTitle())
    })

    it('never shows an anonymous reader a draft, nor a signed-in reader the anonymous answer', async () => {
      const draft = `${title}（另一份草稿）`
      expect((await atCms(`/news/${newsId}?draft=true&depth=0`, { method: 'PATCH', json: { title: draft } })).status).toBe(200)
      const route = `/news/${newsId}?draft=true&depth=0&both`
      const anonymous = await viaNginx(route)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.title).toBe(await publishedTitle())
      expect(cacheStatus(await viaNginx(route))).toBe('HIT')
      // While the anonymous answer is in the cache, signed-in readers still get theirs from the CMS.
      for (const headers of signedIn()) {
        const reply = await viaNginx(route, { headers })
        expect(reply.body.title, Object.keys(headers).join()).toBe(draft)
        expect(cacheStatus(reply), Object.keys(headers).join()).toBe('BYPASS')
      }
      const list = await viaNginx('/news?draft=true&depth=0&limit=100')
      expect(list.body.docs.map((doc: { title: string }) => doc.title)).not.toContain(draft)
    })

    it('caches no POST, nothing of the accounts and no uploaded file', async () => {
      const query = { query: 'query ($id: String!) { NewsItem(id: $id) { title } }', variables: { id: newsId } }
      const before = await viaNginx('/graphql', { method: 'POST', json: query })
      expect(before.body.data.NewsItem.title).toBe(await publishedTitle())
      const renamed = `${title}（POST 之後）`
      expect((await atCms(`/news/${newsId}?depth=0`, { method: 'PATCH', json: { title: renamed, _status: 'published' } })).status).toBe(200)
      const after = await viaNginx('/graphql', { method: 'POST', json: query })
      expect(after.body.data.NewsItem.title).toBe(renamed)
      expect([cacheStatus(before), cacheStatus(after)]).not.toContain('HIT')

      for (const route of ['/users/me', '/users/init', '/media/file/none.png']) {
        for (const time of ['first', 'second']) expect(cacheStatus(await viaNginx(route)), `${route}, ${time}`).toBe('BYPASS')
      }
    })
  })

  describe('compression and media types', () => {
    it.each([
      ['HTML', () => '/'],
      ['JavaScript', () => firstFile('_astro', (name) => name.endsWith('.js') && worthCompressing(`_astro/${name}`))],
      ['CSS', () => firstFile('_astro', (name) => name.endsWith('.css') && worthCompressing(`_astro/${name}`))],
      ['Pagefind’s script', () => '/pagefind/0/pagefind.js'],
    ])('gzips %s when the browser accepts it, and only then', async (_name, where) => {
      const urlPath = where()
      const file = urlPath === '/' ? path.join(siteDist(), 'index.html') : path.join(siteDist(), urlPath)
      const original = fs.readFileSync(file)
      const zipped = await get(urlPath, { 'accept-encoding': 'gzip' })
      expect(zipped.headers['content-encoding']).toBe('gzip')
      expect(zipped.headers.vary).toBe('Accept-Encoding')
      expect(zlib.gunzipSync(zipped.body).equals(original)).toBe(true)
      expect(zipped.body.length).toBeLessThan(original.length)
      const plain = await get(urlPath)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.equals(original)).toBe(true)
    })

    it.each([
      ['.html', () => '/', 'text/html; charset=utf-8'],
      ['.js', () => '/pagefind/0/pagefind.js', 'application/javascript; charset=utf-8'],
      ['.css', () => firstFile('_astro', (name) => name.endsWith('.css')), 'text/css; charset=utf-8'],
      ['.avif', () => firstFile('images', (name) => name.endsWith('.avif')), 'image/avif'],
      ['.webp', () => firstFile('images', (name) => name.endsWith('.webp')), 'image/webp'],
      ['.vtt', () => firstFile('files/video-files', (name) => name.endsWith('.vtt')), 'text/vtt; charset=utf-8'],
      ['.mp4', () => firstFile('files/video-files', (name) => name.endsWith('.mp4')), 'video/mp4'],
      ['.pdf', () => firstFile('files/documents', (name) => name.endsWith('.pdf')), 'application/pdf'],
      ['.csv', () => firstFile('open-data', (name) => name.endsWith('.csv')), 'text/csv; charset=utf-8'],
      ['.json', () => '/pagefind/0/pagefind-entry.json', 'application/json; charset=utf-8'],
      ['.pagefind', () => firstFile('pagefind/0', (name) => name.endsWith('.pagefind')), 'application/octet-stream'],
      ['.pf_meta', () => firstFile('pagefind/0', (name) => name.endsWith('.pf_meta')), 'application/octet-stream'],
      ['.pf_fragment', () => firstFile('pagefind/0/fragment', () => true), 'application/octet-stream'],
      ['.pf_index', () => firstFile('pagefind/0/index', () => true), 'application/octet-stream'],
    ])('serves %s as %s', async (_extension, where, contentType) => {
      const answer = await get(where())
      expect(answer.status).toBe(200)
      expect(answer.headers['content-type']).toBe(contentType)
    })
  })

  it('behind a trusted load balancer, passes on the client and scheme it names, and sends precompressed files', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-precompressed-'))
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    let balanced: Nginx | undefined
    try {
      fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>compressed on the fly</title>')
      fs.writeFileSync(path.join(root, 'index.html.gz'), zlib.gzipSync('<!doctype html><title>precompressed</title>'))
      const site = await renderNginxSite({
        siteURL: 'https://portal.example',
        portalRoot: root,
        listen: `127.0.0.1:${port}`,
        cmsServers: [cms.address],
        previewServer: preview.address,
        trustedProxies: ['127.0.0.1'],
        apiCacheDirectory: path.join(root, 'api-cache'),
      })
      balanced = await startNginx(binary!, site, url)
      const from = cms.received.length
      await request(`${url}/api/users/me`, { headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' } })
      const [received] = cms.since(from)
      expect(received.headers['x-forwarded-for']).toBe('203.0.113.7')
      expect(received.headers['x-real-ip']).toBe('203.0.113.7')
      expect(received.headers['x-forwarded-proto']).toBe('https')
      const page = await request(`${url}/`, { headers: { 'accept-encoding': 'gzip' } })
      expect(page.headers['content-encoding']).toBe('gzip')
      expect(zlib.gunzipSync(page.body).toString('utf8')).toContain('precompressed</title>')
    } finally {
      await balanced?.close()
      fs.rmSync(root, { recursive: true, force: true })
    }
  })

  it('renders an HTTPS variant nginx accepts', async () => {
    const certificates = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-tls-'))
    try {
      const certificate = path.join(certificates, 'portal.crt')
      const certificateKey = path.join(certificates, 'portal.key')
      const subject = ['-subj', '/CN=portal.example', '-keyout', certificateKey, '-out', certificate]
      const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', ...subject], { encoding: 'utf8' })
      if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr || made.error}`)
      const site = await renderNginxSite({
        siteURL: 'https://portal.example',
        portalRoot: siteDist(),
        listen: '127.0.0.1:8443',
        cmsServers: ['10.0.0.11:3000', '10.0.0.12:3000'],
        previewServer: '10.0.0.13:4322',
        tls: { certificate, certificateKey },
        trustedProxies: ['10.0.0.0/8'],
        apiCacheDirectory: path.join(certificates, 'api-cache'),
      })
      expect(site).toContain('return 301 https://portal.example$request_uri;')
      expect(checkConfiguration(binary!, site)).toContain('test is successful')
    } finally {
      fs.rmSync(certificates, { recursive: true, force: true })
    }
  })
})
