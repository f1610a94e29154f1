/**
 * A crawl of the built site on disk: every page is parsed by Chromium's HTML parser, and every
 * internal reference (links, images and their srcset, scripts, styles, media, forms) must name
 * something the site serves. Also the page basics (lang, title, one h1, skip link, hreflang pairs),
 * the search index files and `/sitemap.xml`.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, siteDist } from '../support/browser'
import { existsInDist, htmlPages, readPage } from '../support/dist'
import { searchShardPath, searchShardsFile } from '../../src/search/shards'
import { Problems } from '../support/problems'

/** What the crawl reads from one page. */
type PageFacts = {
  lang: string | null
  title: string
  h1Count: number
  ids: string[]
  /** Every URL the page refers to, with the element and attribute it came from. */
  references: Array<{ where: string; url: string }>
  images: Array<{ src: string | null; alt: string | null }>
  /** The first element reached with Tab: tag and href. */
  firstFocusable: { tag: string; href: string | null; insideMain: boolean } | null
  alternates: Array<{ hreflang: string; href: string }>
  canonical: string | null
}

/** Runs in the page: parses HTML without loading anything and collects its facts. */
function readFacts(html: string): PageFacts {
  const document = new DOMParser().parseFromString(html, 'text/html')
  const references: PageFacts['references'] = []
  const add = (element: Element, attribute: string, url: string | null) => {
    if (url !== null && url.trim() !== '') references.push({ where: `<${element.localName} ${attribute}>`, url: url.trim() })
  }
  const single: Array<[string, string]> = [
    ['a[href]', 'href'],
    ['area[href]', 'href'],
    ['link[href]:not([rel~="alternate"][hreflang])', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['source[src]', 'src'],
    ['video[src]', 'src'],
    ['video[poster]', 'poster'],
    ['audio[src]', 'src'],
    ['track[src]', 'src'],
    ['iframe[src]', 'src'],
    ['embed[src]', 'src'],
    ['object[data]', 'data'],
    ['form[action]', 'action'],
    ['[data-search-action]', 'data-search-action'],
    ['meta[property="og:image"]', 'content'],
  ]
  for (const [selector, attribute] of single) {
    for (const element of document.querySelectorAll(selector)) add(element, attribute, element.getAttribute(attribute))
  }
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    // "url 400w, url 800w": the URL is everything before the descriptor.
    for (const candidate of element.getAttribute('srcset')!.split(',')) add(element, 'srcset', candidate.trim().split(/\s+/)[0] ?? '')
  }
  const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]')].find(
    (element) => !element.closest('[hidden]') && element.getAttribute('tabindex') !== '-1' && !element.hasAttribute('disabled'),
  )
  return {
    lang: document.documentElement.getAttribute('lang'),
    title: document.title.trim(),
    h1Count: document.querySelectorAll('h1').length,
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
    references,
    images: [...document.querySelectorAll('img')].map((image) => ({ src: image.getAttribute('src'), alt: image.getAttribute('alt') })),
    firstFocusable: focusable
      ? { tag: focusable.localName, href: focusable.getAttribute('href'), insideMain: Boolean(focusable.closest('main')) }
      : null,
    alternates: [...document.querySelectorAll('link[rel~="alternate"][hreflang]')].map((link) => ({
      hreflang: link.getAttribute('hreflang')!,
      href: link.getAttribute('href')!,
    })),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
  }
}

/** Pages that are not content pages: the error page names no language counterpart of its own URL. */
const isErrorPage = (page: string) => /(^|\/)404(\.html|\/)$/.test(page)

let browser: Browser
let parser: Page
let dist: string
let pages: string[]
const facts = new Map<string, PageFacts>()
/** The public origin the build writes into absolute URLs (canonical, hreflang, sitemap). */
let siteOrigin: string

/** The site path a reference from `page` names, or undefined when it points elsewhere. */
function internalTarget(page: string, url: string): { path: string; hash: string } | undefined {
  if (/^(mailto|tel|javascript|data):/i.test(url)) return undefined
  const resolved = new URL(url, `${siteOrigin}${page}`)
  if (resolved.origin !== siteOrigin) return undefined
  return { path: resolved.pathname, hash: decodeURIComponent(resolved.hash.slice(1)) }
}

beforeAll(async () => {
  dist = siteDist()
  pages = htmlPages(dist)
  browser = await launchBrowser()
  parser = await browser.newPage()
  for (const page of pages) facts.set(page, await parser.evaluate(readFacts, readPage(dist, page)))
  const home = facts.get('/')
  siteOrigin = new URL(home?.canonical ?? 'http://localhost:4321/').origin
})

afterAll(async () => {
  await browser?.close()
})

describe('crawl of the built site', () => {
  it('has the pages of both languages', () => {
    expect(pages).toContain('/')
    expect(pages).toContain('/en/')
    console.log(`crawl: ${pages.length} HTML pages (${pages.filter((page) => page.startsWith('/en/')).length} English)`)
  })

  it('gives every page a language, a title and exactly one h1', () => {
    const problems = new Problems()
    for (const [page, fact] of facts) {
      problems.check(fact.lang === 'zh-Hant-TW' || fact.lang === 'en', `${page}: <html lang="${fact.lang}">`)
      problems.check(fact.lang === (page.startsWith('/en/') ? 'en' : 'zh-Hant-TW'), `${page}: lang "${fact.lang}" is not the language of its URL`)
      problems.check(fact.title, `${page}: no <title>`)
      problems.check(fact.h1Count === 1, `${page}: ${fact.h1Count} <h1> elements`)
    }
    problems.assertNone('pages without the basics')
  })

  it('has no broken internal link, image, script, stylesheet or media reference', () => {
    // Grouped by what is missing: a broken menu link is one problem, not one per page.
    const missing = new Map<string, string[]>()
    const note = (problem: string, page: string) => missing.set(problem, [...(missing.get(problem) ?? []), page])
    const checked = new Set<string>()
    let references = 0
    for (const [page, fact] of facts) {
      for (const { where, url } of fact.references) {
        const target = internalTarget(page, url)
        if (!target) continue
        references++
        checked.add(target.path)
        if (!existsInDist(dist, target.path)) {
          note(`${where} → nothing at ${target.path}`, page)
          continue
        }
        // A fragment must name an element of the page it points to.
        const targetFacts = facts.get(target.path)
        if (target.hash && targetFacts && !targetFacts.ids.includes(target.hash)) note(`${where} ${url} → no id "${target.hash}"`, page)
      }
    }
    console.log(`crawl: ${references} internal references to ${checked.size} distinct targets checked`)
    const problems = new Problems()
    for (const [problem, from] of missing) {
      const unique = [...new Set(from)]
      problems.add(`${problem} (from ${unique.length} page${unique.length > 1 ? 's' : ''}: ${unique.slice(0, 3).join(', ')}${unique.length > 3 ? ', …' : ''})`)
    }
    problems.assertNone('broken internal references')
  })

  it('gives every image a source that exists and an alt attribute', () => {
    const problems = new Problems()
    let images = 0
    for (const [page, fact] of facts) {
      for (const image of fact.images) {
        images++
        problems.check(image.alt !== null, `${page}: <img src="${image.src}"> without alt`)
        const target = image.src ? internalTarget(page, image.src) : undefined
        if (!image.src) problems.add(`${page}: <img> without src`)
        else if (target && !existsInDist(dist, target.path)) problems.add(`${page}: missing image ${image.src}`)
      }
    }
    console.log(`crawl: ${images} images checked`)
    problems.assertNone('image problems')
  })

  it('makes a skip link to the main content the first focusable element of every page', () => {
    const problems = new Problems()
    for (const [page, fact] of facts) {
      const first = fact.firstFocusable
      if (!first?.href?.startsWith('#')) {
        problems.add(`${page}: first focusable element is <${first?.tag}${first?.href ? ` href="${first.href}"` : ''}>, not a skip link`)
        continue
      }
      const id = decodeURIComponent(first.href.slice(1))
      problems.check(fact.ids.includes(id), `${page}: skip link points at #${id}, which does not exist`)
    }
    problems.assertNone('pages without a working skip link')
  })

  it('pairs every page with its Chinese and English counterparts (hreflang), which exist and pair back', () => {
    const problems = new Problems()
    for (const [page, fact] of facts) {
      if (isErrorPage(page)) continue
      const byLanguage = new Map(fact.alternates.map(({ hreflang, href }) => [hreflang, internalTarget(page, href)?.path]))
      for (const language of ['zh-Hant-TW', 'en']) {
        const counterpart = byLanguage.get(language)
        if (!counterpart) {
          problems.add(`${page}: no hreflang="${language}" alternate`)
          continue
        }
        if (!existsInDist(dist, counterpart)) problems.add(`${page}: hreflang="${language}" → ${counterpart} does not exist`)
        if (language === fact.lang) problems.check(counterpart === page, `${page}: its own hreflang="${language}" names ${counterpart}`)
        else {
          const back = facts.get(counterpart)?.alternates.find((alternate) => alternate.hreflang === fact.lang)
          if (back) problems.check(internalTarget(counterpart, back.href)?.path === page, `${counterpart} does not name ${page} back as hreflang="${fact.lang}"`)
        }
      }
    }
    problems.assertNone('hreflang problems')
  })

  it('ships the search index in shards, each with one index per language', () => {
    const pages: Record<string, number> = {}
    const { shards } = JSON.parse(fs.readFileSync(path.join(dist, searchShardsFile), 'utf8')) as { shards: number }
    expect(shards).toBeGreaterThan(0)
    for (let shard = 0; shard < shards; shard++) {
      const folder = `/${searchShardPath(shard)}`
      const entryFile = path.join(dist, folder, 'pagefind-entry.json')
      expect(existsInDist(dist, `${folder}pagefind.js`)).toBe(true)
      expect(fs.existsSync(entryFile)).toBe(true)
      const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as {
        languages: Record<string, { hash: string; wasm: string | null; page_count: number }>
      }
      const languages = Object.keys(entry.languages)
      expect(languages.some((language) => language.startsWith('zh'))).toBe(true)
      for (const [language, { hash, wasm, page_count }] of Object.entries(entry.languages)) {
        expect(page_count, `pages in the ${language} index of ${folder}`).toBeGreaterThan(0)
        expect(existsInDist(dist, `${folder}pagefind.${hash}.pf_meta`), `${language} index metadata`).toBe(true)
        expect(existsInDist(dist, `${folder}wasm.${wasm ?? 'unknown'}.pagefind`), `${language} search runtime`).toBe(true)
        pages[language] = (pages[language] ?? 0) + page_count
      }
    }
    expect(Object.keys(pages)).toContain('en')
    console.log(`crawl: search indexes ${Object.entries(pages).map(([language, count]) => `${language} ${count} pages`).join(', ')}`)
  })

  it('lists every page in /sitemap.xml with its hreflang alternates, and only pages that exist', () => {
    const file = path.join(dist, 'sitemap.xml')
    expect(fs.existsSync(file), '/sitemap.xml exists').toBe(true)
    const xml = fs.readFileSync(file, 'utf8')
    expect(xml).toContain('<urlset')
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(body!)?.[1] ?? '',
      alternates: [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map(([, hreflang, href]) => ({ hreflang, href })),
    }))
    const problems = new Problems()
    const listed = new Set<string>()
    for (const { loc, alternates } of entries) {
      const target = internalTarget('/', loc)
      if (!target) {
        problems.add(`${loc} is not on the site (${siteOrigin})`)
        continue
      }
      listed.add(target.path)
      problems.check(existsInDist(dist, target.path), `${loc} does not exist`)
      for (const language of ['zh-Hant-TW', 'en']) {
        const alternate = alternates.find((candidate) => candidate.hreflang === language)
        const alternatePath = alternate && internalTarget('/', alternate.href!)?.path
        if (!alternatePath) problems.add(`${loc}: no xhtml:link hreflang="${language}"`)
        else problems.check(existsInDist(dist, alternatePath), `${loc}: hreflang="${language}" → ${alternate!.href} does not exist`)
      }
    }
    for (const page of pages) if (!isErrorPage(page)) problems.check(listed.has(page), `${page} is not in the sitemap`)
    console.log(`crawl: sitemap.xml lists ${entries.length} URLs`)
    problems.assertNone('sitemap problems')
  })
})
