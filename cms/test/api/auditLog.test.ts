/**
 * The audit log: changes to content and accounts, sign-ins, failed sign-ins and refused requests
 * are appended as they happen; administrators read it and nobody, administrators included, can
 * add to it, change it or delete from it.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { login } from '../support/accounts'
import { admin, api, baseURL, create, graphql, unique } from '../support/api'

type Entry = {
  id: string
  at: string
  action: string
  actor: string | null
  actorEmail: string | null
  actorRole: string | null
  collection: string | null
  documentId: string | null
  changedFields: string[] | null
  summary: string | null
}

const run = unique()
const password = `convener-${run}-secret`
let adminId: string
let convener: { id: string; email: string; token: string }

/** The whole log as an administrator reads it, or its entries matching a REST query. */
async function auditLog(filter = ''): Promise<Entry[]> {
  const reply = await api(`/audit-log?depth=0&limit=0&pagination=false&sort=-at${filter}`, { token: await admin() })
  expect(reply.status, reply.text).toBe(200)
  return reply.body.docs
}

const aboutDocument = (collection: string, id: string) => `&where[collection][equals]=${collection}&where[documentId][equals]=${id}`

/** Does something and returns the entries it appended (that match the filter). */
async function appendedBy(filter: string, action: () => Promise<unknown>): Promise<Entry[]> {
  const before = new Set((await auditLog(filter)).map((entry) => entry.id))
  await action()
  return (await auditLog(filter)).filter((entry) => !before.has(entry.id))
}

/** Expects a call to answer with the status, and returns the answer's body. */
async function expectStatus(status: number, call: Promise<{ status: number; text: string; body: any }>) {
  const reply = await call
  expect(reply.status, reply.text).toBe(status)
  return reply.body
}

beforeAll(async () => {
  const token = await admin()
  adminId = (await api('/users/me', { token })).body.user.id
  const email = `convener-${run}@career.test`
  const account = await create('users', { name: `北區召集人 ${run}`, email, password, role: 'convener', region: 'north' })
  convener = { id: account.id, email, token: await login(baseURL(), { email, password }) }
})

// Later test files count the north region's conveners (workflow emails): leave this one inactive.
afterAll(async () => {
  await api(`/users/${convener.id}`, { method: 'PATCH', json: { active: false }, token: await admin() })
})

describe('changes to content', () => {
  test('creating, editing, publishing, trashing, restoring and deleting a news item', async () => {
    const token = await admin()
    let id = ''
    const [created] = await appendedBy('&where[collection][equals]=news&where[action][equals]=create', async () => {
      id = (await create('news', { title: `稽核消息 ${run}`, category: 'announcement', summary: '摘要', _status: 'draft' })).id
    })
    expect(created).toMatchObject({
      action: 'create',
      actor: adminId,
      actorEmail: inject('cmsAdmin').email,
      actorRole: 'admin',
      collection: 'news',
      documentId: id,
      summary: `稽核消息 ${run}`,
    })

    const edited = await appendedBy(aboutDocument('news', id), () =>
      expectStatus(200, api(`/news/${id}`, { method: 'PATCH', token, json: { title: `稽核消息（修訂）${run}`, pinned: true } })),
    )
    expect(edited).toHaveLength(1)
    expect(edited[0]).toMatchObject({ action: 'update', actor: adminId, documentId: id })
    expect(edited[0].changedFields?.sort()).toEqual(['pinned', 'title.zh-TW'])

    const english = await appendedBy(aboutDocument('news', id), () =>
      expectStatus(200, api(`/news/${id}?locale=en`, { method: 'PATCH', token, json: { title: 'Audited news', summary: 'Summary' } })),
    )
    expect(english).toHaveLength(1)
    expect(english[0].changedFields?.sort()).toEqual(['summary.en', 'title.en'])

    const published = await appendedBy(aboutDocument('news', id), () =>
      expectStatus(200, api(`/news/${id}`, { method: 'PATCH', token, json: { _status: 'published' } })),
    )
    expect(published).toMatchObject([{ action: 'status', summary: `draft → published: 稽核消息（修訂）${run}` }])

    // A draft of changes saves over the published item without unpublishing it: an update.
    const draft = await appendedBy(aboutDocument('news', id), () =>
      expectStatus(200, api(`/news/${id}?draft=true`, { method: 'PATCH', token, json: { summary: '草稿摘要' } })),
    )
    expect(draft).toMatchObject([{ action: 'update', changedFields: ['summary.zh-TW'] }])

    const trashed = await appendedBy(aboutDocument('news', id), () =>
      expectStatus(200, api(`/news/${id}`, { method: 'PATCH', token, json: { deletedAt: new Date().toISOString() } })),
    )
    expect(trashed).toMatchObject([{ action: 'trash', actor: adminId }])

    const restored = await appendedBy(aboutDocument('news', id), () =>
      expectStatus(200, api(`/news/${id}?trash=true`, { method: 'PATCH', token, json: { deletedAt: null } })),
    )
    expect(restored).toMatchObject([{ action: 'restore' }])

    const deleted = await appendedBy(aboutDocument('news', id), () => expectStatus(200, api(`/news/${id}`, { method: 'DELETE', token })))
    expect(deleted).toMatchObject([{ action: 'delete', actor: adminId, collection: 'news', documentId: id }])
  })

  test('a step of the exemplar-case workflow is a status change', async () => {
    const token = await admin()
    const school = await create('schools', { name: `稽核測試大學 ${run}`, county: 'taipei-city', unitName: '職涯發展中心' })
    const exemplar = await create('cases', {
      title: `稽核案例 ${run}`,
      school: school.id,
      academicYear: 113,
      planType: 'cross-unit',
      activityFormat: 'single-event',
      summary: '職涯講座。',
      _status: 'draft',
    })
    const step = await appendedBy(aboutDocument('cases', exemplar.id), () =>
      expectStatus(200, api(`/cases/${exemplar.id}`, { method: 'PATCH', token, json: { workflowStatus: 'submitted' } })),
    )
    expect(step).toHaveLength(1)
    expect(step[0]).toMatchObject({ action: 'status', actor: adminId, summary: `draft → submitted: 稽核案例 ${run}` })
    expect(step[0].changedFields?.sort()).toEqual(['workflowHistory', 'workflowStatus'])
  })

  test('saving a global records the fields that changed', async () => {
    const token = await admin()
    const saved = await appendedBy('&where[collection][equals]=footer', () =>
      expectStatus(200, api('/globals/footer', { method: 'POST', token, json: { copyright: `© ${run}` } })),
    )
    expect(saved).toMatchObject([{ action: 'update', actor: adminId, changedFields: ['copyright.zh-TW'] }])
  })
})

describe('changes to accounts', () => {
  test('creating, editing, deactivating and deleting an account; passwords are named, never written', async () => {
    const token = await admin()
    const email = `school-${run}@career.test`
    const secret = `first-${run}-password`
    const newSecret = `second-${run}-password`
    let id = ''
    const [created] = await appendedBy('&where[collection][equals]=users&where[action][equals]=create', async () => {
      id = (await create('users', { name: `帳號 ${run}`, email, password: secret, role: 'reviewer' })).id
    })
    expect(created).toMatchObject({ action: 'create', actor: adminId, collection: 'users', documentId: id })

    const edited = await appendedBy(aboutDocument('users', id), () =>
      expectStatus(200, api(`/users/${id}`, { method: 'PATCH', token, json: { name: `帳號（改名）${run}`, password: newSecret } })),
    )
    expect(edited).toHaveLength(1)
    expect(edited[0].changedFields?.sort()).toEqual(['name', 'password'])

    const deactivated = await appendedBy(aboutDocument('users', id), () =>
      expectStatus(200, api(`/users/${id}`, { method: 'PATCH', token, json: { active: false } })),
    )
    expect(deactivated).toMatchObject([{ action: 'update', changedFields: ['active'] }])

    const deleted = await appendedBy(aboutDocument('users', id), () => expectStatus(200, api(`/users/${id}`, { method: 'DELETE', token })))
    expect(deleted).toMatchObject([{ action: 'delete', documentId: id }])

    const everything = JSON.stringify(await auditLog())
    expect(everything).not.toContain(secret)
    expect(everything).not.toContain(newSecret)
  })
})

describe('sign-ins and refusals', () => {
  test('a sign-in is recorded with the account', async () => {
    const [signedIn] = await appendedBy('&where[action][equals]=login', () => login(baseURL(), { email: convener.email, password }))
    expect(signedIn).toMatchObject({ actor: convener.id, actorEmail: convener.email, actorRole: 'convener', collection: 'users', documentId: convener.id })
  })

  test('a failed sign-in is recorded with the email tried and without the password', async () => {
    const wrong = `wrong-${run}-guess`
    const failed = await appendedBy('&where[action][equals]=login-failed', async () => {
      await expectStatus(401, api('/users/login', { json: { email: convener.email.toUpperCase(), password: wrong } }))
      await expectStatus(401, api('/users/login', { json: { email: `nobody-${run}@career.test`, password: wrong } }))
    })
    expect(failed.map((entry) => entry.actorEmail).sort()).toEqual([convener.email, `nobody-${run}@career.test`])
    for (const entry of failed) expect(entry).toMatchObject({ actor: null, collection: 'users' })
    expect(JSON.stringify(failed)).not.toContain(wrong)
    // The failures count towards the lock, and the right password still opens the account.
    await login(baseURL(), { email: convener.email, password })
  })

  test('a refused request is recorded as refused, and the refused change is not', async () => {
    const anonymous = await appendedBy('&where[action][equals]=forbidden&where[collection][equals]=news', () =>
      expectStatus(403, api('/news', { json: { title: `匿名 ${run}`, category: 'announcement' } })),
    )
    expect(anonymous).toMatchObject([{ actor: null, summary: expect.stringMatching(/^POST \/api\/news: /) }])

    // A convener editing another region's news item is refused by the access rules.
    const southern = await create('news', { title: `南區消息 ${run}`, category: 'announcement', region: 'south', _status: 'published' })
    const refused = await appendedBy(aboutDocument('news', southern.id), () =>
      expectStatus(403, api(`/news/${southern.id}`, { method: 'PATCH', token: convener.token, json: { title: `改寫 ${run}` } })),
    )
    expect(refused).toHaveLength(1)
    expect(refused[0]).toMatchObject({ action: 'forbidden', actor: convener.id, actorRole: 'convener', collection: 'news', documentId: southern.id })
    expect(refused[0].summary).toMatch(new RegExp(`^PATCH /api/news/${southern.id}: `))

    // Moving its own news item to another region is refused by the platform's own check, with its reason.
    const own = await expectStatus(201, api('/news', { token: convener.token, json: { title: `北區消息 ${run}`, category: 'announcement', _status: 'draft' } }))
    const moved = await appendedBy(aboutDocument('news', own.doc.id), () =>
      expectStatus(403, api(`/news/${own.doc.id}`, { method: 'PATCH', token: convener.token, language: 'en', json: { region: 'south' } })),
    )
    expect(moved).toMatchObject([{ action: 'forbidden', actor: convener.id, summary: expect.stringContaining('You may only manage content of your own region') }])
  })
})

describe('the log itself', () => {
  test('only administrators read it', async () => {
    await expectStatus(403, api('/audit-log'))
    await expectStatus(403, api('/audit-log', { token: convener.token }))
    const [entry] = await auditLog()
    await expectStatus(403, api(`/audit-log/${entry.id}`, { token: convener.token }))
    const query = await graphql('{ AuditLog { docs { id summary } } }', {}, { token: convener.token })
    expect(query.body.data?.AuditLog ?? null).toBeNull()
    expect(query.body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })

  test('nobody adds, changes or deletes entries: REST and GraphQL attempts are refused and the log stays as it was', async () => {
    const before = await auditLog()
    const target = before[0]
    const forged = { action: 'login', actorEmail: `forged-${run}@career.test`, summary: `forged ${run}`, at: new Date().toISOString() }
    const callers = { administrator: await admin(), convener: convener.token, public: undefined }
    let refusals = 0
    for (const token of Object.values(callers)) {
      const attempts = [
        api('/audit-log', { method: 'POST', token, json: forged }),
        api(`/audit-log/${target.id}`, { method: 'PATCH', token, json: { summary: `changed ${run}` } }),
        api(`/audit-log?where[id][equals]=${target.id}`, { method: 'PATCH', token, json: { summary: `changed ${run}` } }),
        api(`/audit-log/${target.id}`, { method: 'DELETE', token }),
        api(`/audit-log?where[id][exists]=true`, { method: 'DELETE', token }),
        api(`/audit-log/${target.id}/duplicate`, { method: 'POST', token, json: {} }),
      ]
      for (const attempt of attempts) {
        expect((await attempt).status).toBe(403)
        refusals++
      }
      for (const mutation of [
        `mutation { createAuditLogEntry(data: { action: login, summary: "forged ${run}" }) { id } }`,
        `mutation { updateAuditLogEntry(id: "${target.id}", data: { summary: "changed ${run}" }) { id } }`,
        `mutation { deleteAuditLogEntry(id: "${target.id}") { id } }`,
      ]) {
        const reply = await graphql(mutation, {}, { token })
        expect(reply.body.errors?.length, reply.text).toBeGreaterThan(0)
        expect(reply.body.data ?? null).toBeNull()
      }
    }

    const after = await auditLog()
    const earlier = new Set(before.map((entry) => entry.id))
    // Every entry is still there, unchanged.
    expect(after.filter((entry) => earlier.has(entry.id))).toEqual(before)
    // What was added is the server's record of each refusal, nothing the callers sent.
    const added = after.filter((entry) => !earlier.has(entry.id))
    expect(added).toHaveLength(refusals)
    for (const entry of added) expect(entry).toMatchObject({ action: 'forbidden', collection: 'audit-log' })
    expect(JSON.stringify(after)).not.toContain(`forged ${run}`)
    expect(JSON.stringify(after)).not.toContain(`changed ${run}`)
  })
})
