/**
 * The access matrix over real HTTP: every actor × every collection and global × every operation,
 * each cell asserting the exact answer the matrix (./matrix.ts) expects, lists returning exactly
 * the documents the actor may see, and every refused write leaving the document (and the count)
 * as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { admin, api, count, upload } from '../../support/api'
import { createFixtures, type Fixtures, release, type Target, variants } from './fixtures'
import { type Actor, actors, collectionMatrix, globalMatrix, type Outcome, type Rights } from './matrix'
import { indirectRouteCells } from './indirect'
import { permits } from './permits'

let fixtures: Fixtures
let cells = 0
const versionOf: Record<string, Record<string, string>> = {}

/** Collections with drafts: those the matrix gives a publish operation. */
const drafted = (collection: string) => 'publish' in collectionMatrix[collection]!.admin

beforeAll(async () => {
  fixtures = await createFixtures()
  const token = await admin()
  for (const [collection, rights] of Object.entries(collectionMatrix)) {
    if (!rights.admin.readVersions) continue
    versionOf[collection] = {}
    for (const key of versionKeys(collection)) {
      const target = targetOf(collection, key)
      const reply = await api(`/${collection}/versions?where[parent][equals]=${target.id}&limit=1&depth=0`, { token })
      versionOf[collection][target.key] = reply.body.docs[0].id
    }
  }
})

afterAll(async () => {
  await fixtures?.cleanup()
  console.log(`Access matrix: ${cells} cells`)
})

const tokenOf = (actor: Actor) => fixtures.tokens[actor]
const targetOf = (collection: string, key: string): Target => fixtures.targets[collection]!.find((target) => target.key === key)!
const ids = (reply: { body: { docs?: Array<{ id: string; parent?: string }> } }, field: 'id' | 'parent' = 'id') =>
  (reply.body.docs ?? []).map((doc) => String(field === 'parent' && typeof doc.parent === 'object' ? (doc.parent as { id: string }).id : doc[field])).sort()
const expectedIds = (targets: Target[]) => targets.map((target) => String(target.id)).sort()

/** A cell: one test named actor × collection × operation, counted for the closing note. */
function cell(name: string, run: () => Promise<void>) {
  cells++
  test(name, run)
}

/** The document as the administrator sees it, drafts and trash included. */
async function snapshot(collection: string, id: string) {
  const reply = await api(`/${collection}/${id}?depth=0&draft=true&trash=true`, { token: await admin() })
  return { status: reply.status, body: reply.body }
}

/**
 * The answer to a read the actor may not make: refused outright (403) or not there for it (404).
 * A version outside the actor's reach is refused (403) either way.
 */
const hiddenStatus = (outcome: string) => (outcome === 'deny' ? 403 : 404)
const hiddenVersionStatus = 403

// ---- Reads ------------------------------------------------------------------------------------

/**
 * The versions read one by one: one of each kind the rules tell apart (lists of versions cover
 * every document).
 */
const versionTargets: Record<string, string[]> = {
  news: ['published-north', 'draft-south'],
  galleries: ['published-north', 'draft-south'],
  cases: ['draft-north', 'published-south', 'assigned'],
}
const versionKeys = (collection: string) => versionTargets[collection] ?? variants[collection]!.filter((variant) => variant.status !== 'published').slice(0, 1).map((variant) => variant.key)

for (const [collection, byActor] of Object.entries(collectionMatrix)) {
  const keys = variants[collection]!.map((variant) => variant.key)
  describe.concurrent(`${collection}: reads`, () => {
    for (const actor of actors) {
      const rights = byActor[actor]
      for (const draft of drafted(collection) ? [false, true] : [false]) {
        cell(`${actor} × ${collection} × read list${draft ? ' ?draft=true' : ''}`, async () => {
          const all = fixtures.targets[collection]!
          const query = `depth=0&limit=200${draft ? '&draft=true' : ''}&where[id][in]=${all.map((target) => target.id).join(',')}`
          const reply = await api(`/${collection}?${query}`, { token: tokenOf(actor) })
          if (rights.read === 'deny') return void expect(reply.status, reply.text).toBe(403)
          expect(reply.status, reply.text).toBe(200)
          expect(ids(reply)).toEqual(expectedIds(all.filter((target) => permits(rights.read, actor, target))))
        })
      }
      for (const key of keys) {
        cell(`${actor} × ${collection} × read ${key}`, async () => {
          const target = targetOf(collection, key)
          const reply = await api(`/${collection}/${target.id}?depth=0`, { token: tokenOf(actor) })
          if (permits(rights.read, actor, target)) {
            expect(reply.status, reply.text).toBe(200)
            expect(String(reply.body.id)).toBe(String(target.id))
          } else expect(reply.status, reply.text).toBe(hiddenStatus(rights.read))
        })
      }
      if (!rights.readVersions) continue
      const readVersions = rights.readVersions
      cell(`${actor} × ${collection} × read versions list`, async () => {
        const all = fixtures.targets[collection]!
        const reply = await api(`/${collection}/versions?depth=0&limit=500&where[parent][in]=${all.map((target) => target.id).join(',')}`, { token: tokenOf(actor) })
        if (readVersions === 'deny') return void expect(reply.status, reply.text).toBe(403)
        expect(reply.status, reply.text).toBe(200)
        expect([...new Set(ids(reply, 'parent'))]).toEqual(expectedIds(all.filter((target) => permits(readVersions, actor, target))))
      })
      for (const key of versionKeys(collection)) {
        cell(`${actor} × ${collection} × read version of ${key}`, async () => {
          const target = targetOf(collection, key)
          const reply = await api(`/${collection}/versions/${versionOf[collection]![key]}?depth=0`, { token: tokenOf(actor) })
          if (permits(readVersions, actor, target)) expect(reply.status, reply.text).toBe(200)
          else expect(reply.status, reply.text).toBe(hiddenVersionStatus)
        })
      }
    }
  })
}

// ---- Writes -----------------------------------------------------------------------------------

/**
 * The documents each write is tried on: one of each kind the rules tell apart (region, school,
 * review status, uploader, account).
 */
const writeTargets: Record<string, Partial<Record<'update' | 'trash' | 'delete' | 'publish', string[]>>> = {
  news: { update: ['published-north', 'published-south'], trash: ['published-north', 'published-south'], delete: ['published-north'], publish: ['draft-north', 'draft-south'] },
  galleries: { update: ['published-north', 'published-south'], trash: ['published-north', 'published-south'], delete: ['published-north'], publish: ['draft-north', 'draft-south'] },
  cases: {
    update: ['draft-north', 'submitted-north', 'published-north', 'draft-south', 'assigned'],
    trash: ['draft-north', 'submitted-north', 'draft-south'],
    delete: ['draft-north'],
    publish: ['approved-north', 'approved-south'],
  },
  users: { update: variants.users!.map((variant) => variant.key), delete: ['account-school-south'] },
}
const keysFor = (collection: string, operation: 'update' | 'trash' | 'delete' | 'publish') => {
  const listed = writeTargets[collection]?.[operation]
  if (listed) return listed
  const keys = variants[collection]!.map((variant) => variant.key)
  if (operation === 'publish') return keys.filter((key) => key.startsWith('draft'))
  // Uploads differ by uploader: every one of them; otherwise the first (published) document.
  return uploadCollections.includes(collection) && operation !== 'delete' ? keys : keys.slice(0, 1)
}
const uploadCollections = ['media', 'documents', 'video-files']

/**
 * What the administrator last saw of each document and collection count: a refused write is
 * checked against it, and anything allowed forgets it. Writes to one collection run one by one.
 */
const seen = new Map<string, Awaited<ReturnType<typeof snapshot>>>()
const seenCounts = new Map<string, number>()
const before = async (collection: string, id: string) => seen.get(`${collection}/${id}`) ?? (await snapshot(collection, id))
const unchanged = async (collection: string, id: string, previous: Awaited<ReturnType<typeof snapshot>>) => {
  const now = await snapshot(collection, id)
  expect(now).toEqual(previous)
  seen.set(`${collection}/${id}`, now)
}
const forget = (collection: string, id?: string) => {
  seenCounts.delete(collection)
  if (id) seen.delete(`${collection}/${id}`)
}

type WriteOperation = 'update' | 'trash' | 'delete' | 'publish'

/** The request for a write, and what an allowed one must have done. */
function writeRequest(collection: string, operation: WriteOperation, id: string, change: Record<string, unknown>) {
  switch (operation) {
    case 'update':
      return { method: 'PATCH', route: `/${collection}/${id}?depth=0`, json: change as Record<string, unknown> | undefined }
    case 'trash':
      return { method: 'PATCH', route: `/${collection}/${id}?depth=0`, json: { deletedAt: new Date().toISOString() } }
    case 'delete':
      return { method: 'DELETE', route: `/${collection}/${id}`, json: undefined }
    case 'publish':
      return { method: 'PATCH', route: `/${collection}/${id}?depth=0`, json: collection === 'cases' ? { workflowStatus: 'published' } : { _status: 'published' } }
  }
}

async function expectDone(collection: string, operation: WriteOperation, id: string, change: Record<string, unknown>) {
  const after = await snapshot(collection, id)
  if (operation === 'delete') return void expect(after.status).toBe(404)
  expect(after.status).toBe(200)
  if (operation === 'trash') expect(after.body.deletedAt).toBeTruthy()
  if (operation === 'publish') expect(after.body._status).toBe('published')
  if (operation === 'update') expect(after.body).toMatchObject(change)
}

/** A create as `actor`: 201 and one more document, or 403 and the count as it was. */
async function tryCreate(collection: string, actor: Actor, outcome: Outcome) {
  const { data, traits, file } = fixtures.createData(collection, actor)
  const countBefore = seenCounts.get(collection) ?? (await count(collection))
  const reply = file
    ? await upload(collection, file, data, { token: tokenOf(actor) ?? '' })
    : await api(`/${collection}?depth=0`, { method: 'POST', json: data, token: tokenOf(actor) })
  if (permits(outcome, actor, traits)) {
    expect(reply.status, reply.text).toBe(201)
    expect(await count(collection)).toBe(countBefore + 1)
    await release(collection, reply.body.doc.id)
    forget(collection)
  } else {
    expect(reply.status, reply.text).toBe(403)
    const countAfter = await count(collection)
    if (collection === 'audit-log') {
      // Each refused request is recorded in the audit log (so its count is never kept): there, the refusal is the one new entry.
      expect(countAfter).toBe(countBefore + 1)
      expect((await api('/audit-log?limit=1&sort=-at&depth=0', { token: await admin() })).body.docs[0].action).toBe('forbidden')
    } else {
      expect(countAfter).toBe(countBefore)
      seenCounts.set(collection, countAfter)
    }
  }
}

/** An update, trash, publish or delete as `actor` of the document `key`: done, or 403 and nothing changed. */
async function tryWrite(collection: string, actor: Actor, operation: WriteOperation, outcome: Outcome, key: string) {
  const shared = targetOf(collection, key)
  const allowed = permits(outcome, actor, shared)
  // An allowed trash, publish or delete spends its document: use a fresh one like it.
  const target = allowed && operation !== 'update' ? await fixtures.fresh(collection, key) : shared
  const previous = allowed ? undefined : await before(collection, target.id)
  const change = fixtures.change(collection)
  const { method, route, json } = writeRequest(collection, operation, target.id, change)
  const reply = await api(route, { method, json, token: tokenOf(actor) })
  if (allowed) {
    forget(collection, target.id)
    expect(reply.status, reply.text).toBe(200)
    await expectDone(collection, operation, target.id, change)
    if (operation !== 'update' && operation !== 'delete') await release(collection, target.id)
  } else {
    expect(reply.status, reply.text).toBe(403)
    await unchanged(collection, target.id, previous!)
  }
}

/** The write cells of each collection, in the order they run. */
const writeCells = new Map<string, Array<{ name: string; run: () => Promise<void> }>>()
for (const [collection, byActor] of Object.entries(collectionMatrix)) {
  const queue: Array<{ name: string; run: () => Promise<void> }> = []
  writeCells.set(collection, queue)
  for (const actor of actors) {
    const rights: Rights = byActor[actor]
    queue.push({ name: `${actor} × ${collection} × create`, run: () => tryCreate(collection, actor, rights.create) })
    for (const operation of ['update', 'trash', 'publish', 'delete'] as const) {
      const outcome = rights[operation]
      if (!outcome) continue
      for (const key of keysFor(collection, operation)) {
        queue.push({ name: `${actor} × ${collection} × ${operation} ${key}`, run: () => tryWrite(collection, actor, operation, outcome, key) })
      }
    }
  }
}

// One write at a time: each checks the count and the documents it leaves (and SQLite takes one writer).
for (const [collection, queue] of writeCells) {
  describe(`${collection}: writes`, () => {
    for (const { name, run } of queue) cell(name, run)
  })
}

// ---- Globals ----------------------------------------------------------------------------------

const globalData: Record<string, Record<string, unknown>> = {
  'site-settings': { siteName: '大專校院職涯輔導資訊平臺', agencyName: '教育部青年發展署', description: '權限測試網站簡介' },
  'header-navigation': { items: [{ label: '最新消息', href: '/news' }] },
  footer: { copyright: '© 教育部青年發展署' },
}

for (const [slug, byActor] of Object.entries(globalMatrix)) {
  describe(`${slug} (global)`, () => {
    for (const actor of actors) {
      const rights = byActor[actor]
      cell(`${actor} × ${slug} × read`, async () => {
        const reply = await api(`/globals/${slug}?depth=0`, { token: tokenOf(actor) })
        expect(reply.status, reply.text).toBe(rights.read === 'allow' ? 200 : 403)
      })
      cell(`${actor} × ${slug} × read versions`, async () => {
        const reply = await api(`/globals/${slug}/versions?depth=0`, { token: tokenOf(actor) })
        expect(reply.status, reply.text).toBe(rights.readVersions === 'allow' ? 200 : 403)
      })
      cell(`${actor} × ${slug} × update`, async () => {
        const token = await admin()
        const before = await api(`/globals/${slug}?depth=0`, { token })
        const data = { ...globalData[slug], ...(slug === 'footer' ? { copyright: `© ${actor}` } : {}) }
        const reply = await api(`/globals/${slug}?depth=0`, { method: 'POST', json: data, token: tokenOf(actor) })
        if (rights.update === 'allow') {
          expect(reply.status, reply.text).toBe(200)
          expect((await api(`/globals/${slug}?depth=0`, { token })).body).toMatchObject(data)
        } else {
          expect(reply.status, reply.text).toBe(403)
          expect((await api(`/globals/${slug}?depth=0`, { token })).body).toEqual(before.body)
        }
      })
    }
  })
}

indirectRouteCells(() => fixtures, cell)
