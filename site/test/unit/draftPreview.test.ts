import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Snapshot } from 'cms/snapshot'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getCollection, withDraft } from '../../src/content'
import { refreshSnapshot } from '../../src/content/snapshot'
import { draftURL, previewLocale, readDraft, refusalStatus } from '../../src/preview/draft'
import { bannerHTML, refusalResponse, withBanner } from '../../src/preview/responses'

describe('reading a draft from the CMS', () => {
  it('asks for the latest draft with its relations, English without fallback', () => {
    expect(draftURL('http://cms', 'news', 'a1', 'zh-TW')).toBe('http://cms/api/news/a1?draft=true&depth=1&locale=zh-TW')
    expect(draftURL('http://cms', 'survey-reports', 'a/b', 'en')).toBe(
      'http://cms/api/survey-reports/a%2Fb?draft=true&depth=1&locale=en&fallback-locale=none',
    )
  })

  it('takes the language from ?locale=, Chinese when none, nothing for another language', () => {
    expect(previewLocale(null)).toBe('zh-TW')
    expect(previewLocale('')).toBe('zh-TW')
    expect(previewLocale('en')).toBe('en')
    expect(previewLocale('fr')).toBeUndefined()
    expect(previewLocale('EN')).toBeUndefined()
  })

  it('refuses without a session before asking the CMS, and says so when the CMS does not answer', async () => {
    // Nothing listens on port 9 of this machine: only a request that was never made is refused with 403.
    const absent = 'http://127.0.0.1:9'
    expect(await readDraft(absent, 'news', 'a1', undefined)).toEqual({ status: 403 })
    expect(await readDraft(absent, 'news', 'a1', '')).toEqual({ status: 403 })
    expect(await readDraft(absent, 'news', 'a1', 'a-token')).toEqual({ status: 502 })
  })

  it('refuses when the CMS refuses, and says not found when the CMS does', () => {
    expect(refusalStatus(401)).toBe(403)
    expect(refusalStatus(403)).toBe(403)
    expect(refusalStatus(404)).toBe(404)
    expect(refusalStatus(400)).toBe(404)
    expect(refusalStatus(500)).toBe(502)
  })
})

describe('the preview’s answers', () => {
  it('puts the bilingual banner first in the body', () => {
    const page = withBanner('<!DOCTYPE html><html lang="en"><head></head><body class="x"><a class="skip-link">Skip</a></body></html>')
    expect(page).toContain(`<body class="x">${bannerHTML}<a class="skip-link">`)
    expect(bannerHTML).toContain('<span lang="zh-Hant-TW">草稿預覽</span>')
    expect(bannerHTML).toContain('<span lang="en">Draft preview</span>')
  })

  it('refuses with a plain bilingual page that is never cached or indexed', async () => {
    const response = refusalResponse(403)
    expect(response.status).toBe(403)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    const html = await response.text()
    expect(html).toContain('無法預覽這份草稿')
    expect(html).toContain('This draft cannot be previewed')
  })
})

describe('a draft among the published content', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'draft-preview-test-'))
  const news = (id: string, title: string, extra: Record<string, unknown> = {}) => ({ id, title, slug: id, ...extra })

  /** Writes a snapshot whose only content is the given news items (the same in both languages, English untranslated). */
  function writeSnapshot(items: Array<Record<string, unknown>>, modified: Date) {
    const collections = { news: items }
    const english = { news: items.map((item) => ({ ...item, title: null })) }
    const snapshot = { exportedAt: modified.toISOString(), defaultLocale: 'zh-TW', content: { 'zh-TW': { collections, globals: {} }, en: { collections: english, globals: {} } } }
    const file = path.join(folder, 'content.json')
    fs.writeFileSync(file, JSON.stringify(snapshot as unknown as Snapshot))
    fs.utimesSync(file, modified, modified)
  }

  beforeAll(() => {
    vi.stubEnv('SNAPSHOT_DIR', folder)
    writeSnapshot([news('a', '已發布甲'), news('b', '已發布乙')], new Date('2026-01-01'))
  })
  afterAll(() => {
    vi.unstubAllEnvs()
    fs.rmSync(folder, { recursive: true, force: true })
  })

  const draft = (id: string, zh: string, en: string | null) => ({
    collection: 'news' as const,
    id,
    byLocale: { 'zh-TW': news(id, zh), en: news(id, en as string) } as never,
  })

  it('takes its published version’s place while the page’s props are worked out, and only then', () => {
    const titles = withDraft(draft('b', '草稿乙', 'Draft B'), () => ({
      zh: getCollection('news', 'zh-TW').map((item) => item.title),
      en: getCollection('news', 'en').map((item) => item.title),
    }))
    expect(titles).toEqual({ zh: ['已發布甲', '草稿乙'], en: ['已發布甲', 'Draft B'] })
    expect(getCollection('news', 'zh-TW').map((item) => item.title)).toEqual(['已發布甲', '已發布乙'])
  })

  it('is added when never published, English filled from Chinese where untranslated', () => {
    const english = withDraft(draft('c', '新草稿', null), () => getCollection('news', 'en'))
    expect(english.map((item) => item.id)).toEqual(['a', 'b', 'c'])
    expect(english[2]!.title).toBe('新草稿')
    expect(english[2]!.fallbackFields.has('title')).toBe(true)
  })

  it('sits among the current snapshot: a replaced snapshot is read again', () => {
    expect(getCollection('news', 'zh-TW')).toHaveLength(2)
    writeSnapshot([news('a', '已發布甲')], new Date('2026-02-01'))
    refreshSnapshot()
    expect(getCollection('news', 'zh-TW').map((item) => item.title)).toEqual(['已發布甲'])
  })
})
