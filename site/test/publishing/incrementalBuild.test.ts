/**
 * Incremental builds against full builds, with real `astro build`s of the seeded content: for each
 * kind of change, a build that reuses the previous build's unchanged pages must write the same
 * site as a full build of the same content, while rendering far fewer pages.
 *
 * TEST_SITE_SNAPSHOT=<snapshot folder> starts from that snapshot instead of seeding a database.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Snapshot } from 'cms/snapshot'

import { siteBuildEnvironment } from '../../../cms/src/environment'
import { run, seededSnapshot, siteDirectory } from '../support/builtSite'
import { searchBuiltSite } from '../support/pagefindSearch'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-build-'))
const cleanUp: string[] = [work]

/**
 * Pagefind files whose bytes depend on the order pages reached the indexer, which differs between
 * any two builds (two full builds of one snapshot differ here too), in each shard of the index.
 * Their content is compared by searching instead.
 */
const orderDependentSearchFiles = /^pagefind\/\d+\/(index\/|filter\/|pagefind\.[\w-]+\.pf_meta$|pagefind-entry\.json$)/

type Build = { folder: string; site: string; rendered: number; reused: number; shardsWritten: number }

/** `astro build` of `snapshot` into `<folder>/site`: plain, or incremental (recording, and reusing `reuseFrom`'s pages). */
async function build(snapshot: string, folder: string, incremental?: { reuseFrom?: Build; env?: Record<string, string> }): Promise<Build> {
  const site = path.join(folder, 'site')
  const logFile = path.join(folder, 'build.log')
  fs.mkdirSync(folder, { recursive: true })
  // Several search index shards, as on a large site, so that the shards not changed are linked.
  const env = siteBuildEnvironment(snapshot, { ...process.env, SITE_SEARCH_SHARDS: '5', ...incremental?.env })
  delete env.SITE_BUILD_DEPENDENCIES
  delete env.SITE_BUILD_REUSE_FROM
  if (incremental) env.SITE_BUILD_DEPENDENCIES = path.join(folder, 'dependencies.json')
  if (incremental?.reuseFrom) env.SITE_BUILD_REUSE_FROM = incremental.reuseFrom.folder
  await run(path.join(siteDirectory, 'node_modules/.bin/astro'), ['build', '--outDir', site], { cwd: siteDirectory, env, logFile })
  const log = fs.readFileSync(logFile, 'utf8')
  const counts = /(\d+) pages rendered, (\d+) copied unchanged/.exec(log)
  if (incremental && !counts) throw new Error(`The incremental build did not report its pages: ${logFile}`)
  const shards = /\((\d+) of \d+ shards written/.exec(log)
  if (!shards) throw new Error(`The build did not report its search index shards: ${logFile}`)
  return { folder, site, rendered: Number(counts?.[1] ?? NaN), reused: Number(counts?.[2] ?? 0), shardsWritten: Number(shards[1]) }
}

/** Every file of a built site with a hash of its bytes, by path. */
function fileHashes(site: string): Map<string, string> {
  const hashes = new Map<string, string>()
  for (const entry of fs.readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    hashes.set(path.relative(site, file), createHash('sha256').update(fs.readFileSync(file)).digest('hex'))
  }
  return hashes
}

const without = (hashes: Map<string, string>, excluded: RegExp) => new Map([...hashes].filter(([file]) => !excluded.test(file)))

type Content = Snapshot['content'][keyof Snapshot['content']]
type Change = {
  name: string
  apply: (snapshot: Snapshot) => void
  queries: string[]
  renderedAtMost: number
  /** Search index shards indexed again; the others are linked from the previous build. */
  shardsWrittenAtMost: number
}

const languages = (snapshot: Snapshot): Content[] => Object.values(snapshot.content)

/** Every object in `value` (deeply) whose id is `id`: a document and its copies populated in others. */
function copiesOf(value: unknown, id: string, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) value.forEach((item) => copiesOf(item, id, found))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record.id === id) found.push(record)
    Object.values(record).forEach((item) => copiesOf(item, id, found))
  }
  return found
}

/** The first text node of a rich-text body. */
function firstText(body: unknown): { text: string } | undefined {
  if (!body || typeof body !== 'object') return undefined
  const node = body as { text?: unknown; children?: unknown[]; root?: unknown }
  if (typeof node.text === 'string' && node.text) return node as { text: string }
  for (const child of node.children ?? (node.root ? [node.root] : [])) {
    const text = firstText(child)
    if (text) return text
  }
  return undefined
}

const changes: Change[] = [
  {
    name: 'one news item’s body is edited',
    apply: (snapshot) => {
      for (const content of languages(snapshot)) {
        const news = content.collections.news.find((item) => item.slug === snapshot.content['zh-TW'].collections.news[3]!.slug)!
        const text = firstText(news.body)
        if (text) text.text += ' 增補說明：新增線上報名方式。'
        news.updatedAt = '2026-11-24T08:00:00.000Z'
      }
    },
    queries: ['線 上 報 名', '"增 補 說 明"'],
    renderedAtMost: 80,
    // The news item's own shard and those of the pages showing the latest news.
    shardsWrittenAtMost: 3,
  },
  {
    name: 'a new case is published',
    apply: (snapshot) => {
      for (const content of languages(snapshot)) {
        const template = content.collections.cases[0]!
        const added = structuredClone(template)
        Object.assign(added, {
          id: 'incremental-build-new-case',
          slug: 'incremental-build-new-case',
          title: template.title === null ? null : '新發布的範例：跨校職涯探索營',
          createdAt: '2026-11-24T08:00:00.000Z',
          updatedAt: '2026-11-24T08:00:00.000Z',
        })
        content.collections.cases.unshift(added)
      }
    },
    queries: ['"職 涯 探 索 營"', '跨 校'],
    renderedAtMost: 150,
    shardsWrittenAtMost: 3,
  },
  {
    name: 'a case is unpublished',
    apply: (snapshot) => {
      const slug = snapshot.content['zh-TW'].collections.cases[5]!.slug
      for (const content of languages(snapshot)) content.collections.cases = content.collections.cases.filter((item) => item.slug !== slug)
    },
    queries: ['"職 涯"', '企 業 參 訪'],
    renderedAtMost: 150,
    shardsWrittenAtMost: 3,
  },
  {
    name: 'a school is renamed',
    apply: (snapshot) => {
      const cases = snapshot.content['zh-TW'].collections.cases
      const school = cases.map((item) => item.school).find((candidate) => typeof candidate === 'object' && candidate)!
      for (const copy of copiesOf(snapshot.content, (school as { id: string }).id)) copy.name = '國立改名測試科技大學'
    },
    queries: ['"改 名 測 試"', '科 技 大 學'],
    renderedAtMost: 150,
    // The school's cases are in any shard.
    shardsWrittenAtMost: Infinity,
  },
  {
    name: 'the footer (a global) is changed',
    apply: (snapshot) => {
      for (const content of languages(snapshot)) {
        const footer = content.globals.footer as { note?: string | null }
        if (footer.note) footer.note += ' 本平臺已更新頁尾說明。'
      }
    },
    queries: ['"頁 尾"', '"職 涯"'],
    // Every page shows the footer.
    renderedAtMost: Infinity,
    shardsWrittenAtMost: Infinity,
  },
]

/** Queries asked of every index besides each change's own: one common term per language. */
const commonQueries = { 'zh-Hant-TW': ['"職 涯 輔 導"', 'UCAN'], en: ['career guidance', 'UCAN'] }

let base: { snapshot: string; content: string; build: Build }

beforeAll(async () => {
  let snapshot = process.env.TEST_SITE_SNAPSHOT && path.resolve(process.env.TEST_SITE_SNAPSHOT)
  if (!snapshot) {
    const seeded = await seededSnapshot()
    cleanUp.push(seeded.dataDir)
    snapshot = seeded.snapshot
  }
  const content = fs.readFileSync(path.join(snapshot, 'content.json'), 'utf8')
  base = { snapshot, content, build: await build(snapshot, path.join(work, 'base'), {}) }
})

afterAll(() => {
  for (const folder of cleanUp) fs.rmSync(folder, { recursive: true, force: true })
})

/** The base snapshot with `change` applied and a later export time, as the next export would be. */
function changedSnapshot(change: Change, folder: string): string {
  const snapshot = JSON.parse(base.content) as Snapshot
  change.apply(snapshot)
  snapshot.exportedAt = new Date(Date.parse(snapshot.exportedAt) + 3_600_000).toISOString()
  fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(path.join(folder, 'content.json'), JSON.stringify(snapshot))
  fs.symlinkSync(path.join(base.snapshot, 'files'), path.join(folder, 'files'))
  return folder
}

describe('an incremental build writes the site a full build writes', () => {
  test('the full build recorded a dependency map and rendered every page', () => {
    expect(fs.existsSync(path.join(base.build.folder, 'dependencies.json'))).toBe(true)
    expect(base.build.reused).toBe(0)
    expect(base.build.rendered).toBeGreaterThan(400)
  })

  test('without changes, every page is reused', async () => {
    const again = await build(base.snapshot, path.join(work, 'unchanged'), { reuseFrom: base.build })
    expect(again.rendered).toBe(0)
    expect(again.shardsWritten).toBe(0)
    expect(without(fileHashes(again.site), orderDependentSearchFiles)).toEqual(without(fileHashes(base.build.site), orderDependentSearchFiles))
  })

  test('a previous build whose dependency map is unreadable is not reused', async () => {
    const broken = path.join(work, 'broken-map')
    fs.mkdirSync(broken)
    fs.symlinkSync(base.build.site, path.join(broken, 'site'))
    fs.writeFileSync(path.join(broken, 'dependencies.json'), '{"version":1,"routes":')
    const rebuilt = await build(base.snapshot, path.join(work, 'after-broken-map'), { reuseFrom: { ...base.build, folder: broken } })
    expect(rebuilt.reused).toBe(0)
    expect(rebuilt.rendered).toBe(base.build.rendered)
  })

  test('a build for another SITE_URL (like a change of code) renders every page', async () => {
    const elsewhere = await build(base.snapshot, path.join(work, 'elsewhere'), { reuseFrom: base.build, env: { SITE_URL: 'https://career.example.gov.tw' } })
    expect(elsewhere.reused).toBe(0)
    expect(elsewhere.rendered).toBe(base.build.rendered)
  })

  test.each(changes)('when $name', async (change) => {
    const folder = path.join(work, change.name.replace(/\W+/g, '-'))
    const snapshot = changedSnapshot(change, path.join(folder, 'snapshot'))
    const incremental = await build(snapshot, path.join(folder, 'incremental'), { reuseFrom: base.build })
    const full = await build(snapshot, path.join(folder, 'full'))

    const incrementalFiles = without(fileHashes(incremental.site), orderDependentSearchFiles)
    const fullFiles = without(fileHashes(full.site), orderDependentSearchFiles)
    // The change shows: the base site differs from the full build of the changed content.
    expect(without(fileHashes(base.build.site), orderDependentSearchFiles)).not.toEqual(fullFiles)
    expect([...incrementalFiles.keys()].sort()).toEqual([...fullFiles.keys()].sort())
    const differing = [...fullFiles].filter(([file, hash]) => incrementalFiles.get(file) !== hash)
    expect(differing.map(([file]) => file)).toEqual([])

    for (const [lang, queries] of Object.entries(commonQueries)) {
      const asked = lang === 'en' ? queries : [...queries, ...change.queries]
      const fromIncremental = await searchBuiltSite(incremental.site, lang, asked)
      expect(Object.values(fromIncremental.queries).some((found) => found.length > 0)).toBe(true)
      expect(fromIncremental).toEqual(await searchBuiltSite(full.site, lang, asked))
    }

    expect(incremental.rendered).toBeGreaterThan(0)
    expect(incremental.rendered).toBeLessThanOrEqual(change.renderedAtMost)
    expect(incremental.shardsWritten).toBeGreaterThan(0)
    expect(incremental.shardsWritten).toBeLessThanOrEqual(change.shardsWrittenAtMost)
    console.log(`${change.name}: ${incremental.rendered} rendered, ${incremental.reused} copied, ${incremental.shardsWritten} search shards written`)
  })
})
