/**
 * Scheduled publishing over HTTP: a publish or unpublish scheduled a few seconds ahead happens
 * then (the test server looks for due jobs every second) through the normal save, which asks for
 * a portal build, with the rights of the account that scheduled it. School staff and reviewers cannot get a case published by scheduling it; an
 * account deactivated before its schedule runs publishes nothing; the job queue is for the
 * agency and the contractor to read. A schedule that fails when it runs is emailed to the account
 * that made it and the administrators, and shown to that account (not to others) until the
 * document is saved again or the notice is dismissed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { messages } from '../../src/messages'
import { login, testAdmin } from '../support/accounts'
import { admin, api, baseURL, create, unique } from '../support/api'
import { type Reply, request } from '../support/http'
import { outboxMark } from '../support/outbox'
import { siteBuilds } from '../support/siteBuilds'

const run = unique()
const password = 'a-long-test-password-for-schedules'

type Actor = 'admin' | 'convener' | 'staff' | 'otherStaff' | 'reviewer'
type Account = { id: string; token: string }
const accounts = {} as Record<Actor, Account>
let schoolId: string

const emailOf = (actor: Exclude<Actor, 'admin'>) => `schedule-${actor.toLowerCase()}-${run}@career.test`

async function account(actor: Exclude<Actor, 'admin'>, data: Record<string, unknown>): Promise<Account> {
  const email = emailOf(actor)
  const user = await create('users', { name: `${actor} ${run}`, email, password, ...data })
  return { id: user.id, token: await login(baseURL(), { email, password }) }
}

beforeAll(async () => {
  schoolId = (await create('schools', { name: `排程測試大學 ${run}`, county: 'taipei-city', unitName: '職涯發展中心' })).id
  const adminToken = await admin()
  accounts.admin = { id: (await api('/users/me', { token: adminToken })).body.user.id, token: adminToken }
  accounts.convener = await account('convener', { role: 'convener', region: 'north' })
  accounts.staff = await account('staff', { role: 'school', school: schoolId })
  accounts.reviewer = await account('reviewer', { role: 'reviewer' })
  const otherSchool = await create('schools', { name: `排程測試他校 ${run}`, county: 'kaohsiung-city', unitName: '職涯發展中心' })
  accounts.otherStaff = await account('otherStaff', { role: 'school', school: otherSchool.id })
  // The first visit compiles the admin (a minute or two in development mode): not a test's time.
  await request(`${baseURL()}/admin/login`)
})

// Other files count the region's conveners (who receive case notices): leave no active account behind.
afterAll(async () => {
  for (const actor of ['convener', 'staff', 'otherStaff', 'reviewer'] as const) {
    if (accounts[actor]) await api(`/users/${accounts[actor].id}`, { method: 'PATCH', token: await admin(), json: { active: false } })
  }
})

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()

/** Schedules a publish or unpublish through the REST API, as `by`. */
const schedule = (by: Actor, type: 'publish' | 'unpublish', collection: string, id: string, waitUntil: string, language?: string) =>
  api('/payload-jobs/schedule-publish', {
    method: 'POST',
    token: accounts[by].token,
    language,
    json: { type, doc: { relationTo: collection, value: id }, waitUntil },
  })

/** The document as the public reads its published version (404 when it has none). */
const publicRead = (collection: string, id: string) => api(`/${collection}/${id}?draft=false&depth=0`)

/** Polls until `done` holds for the reply, or fails with the last reply after `seconds`. */
async function eventually(read: () => Promise<Reply>, done: (reply: Reply) => boolean, seconds = 30): Promise<Reply> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const reply = await read()
    if (done(reply)) return reply
    if (Date.now() > deadline) throw new Error(`Still ${reply.status} after ${seconds} s: ${reply.text.slice(0, 500)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** The job as an administrator reads it. */
const job = async (id: string) => api(`/payload-jobs/${id}?depth=0`, { token: accounts.admin.token })

/** How many changes have asked for a portal build so far (the builder is off on the test server). */
const buildRequests = async () => (await siteBuilds(baseURL(), accounts.admin.token)).reduce((sum, build) => sum + (build.requests ?? 0), 0)

/** The notices of failed schedules of a document, as the account of `token` reads them. */
const failureNotices = (documentId: string, token?: string) => api(`/schedule-failures?where[documentId][equals]=${documentId}&depth=0`, { token })

/** An admin page as the account sees it in a browser: its session cookie, a navigation typed in. */
const adminPage = (actor: Actor, path: string) =>
  request(`${baseURL()}/admin${path}`, { headers: { cookie: `payload-token=${accounts[actor].token}`, 'sec-fetch-site': 'none' } })

/** How many jobs the queue holds. */
const jobCount = async (): Promise<number> => (await api('/payload-jobs?limit=1&depth=0', { token: accounts.admin.token })).body.totalDocs

let caseNumber = 0

/** A case of the test school, written and submitted by its staff, then taken to `status` by the convener. */
async function caseAt(status: 'draft' | 'submitted' | 'approved'): Promise<string> {
  const written = await api('/cases', {
    method: 'POST',
    token: accounts.staff.token,
    json: { title: `排程測試案例 ${run}-${++caseNumber}`, school: schoolId, academicYear: 113, planType: 'cross-school', activityFormat: 'series', summary: '排程發布的案例。' },
  })
  expect(written.status, written.text).toBe(201)
  const id = written.body.doc.id as string
  const steps: Array<[Actor, string]> = status === 'draft' ? [] : status === 'submitted' ? [['staff', 'submitted']] : [['staff', 'submitted'], ['convener', 'approved']]
  for (const [by, workflowStatus] of steps) {
    const step = await api(`/cases/${id}`, { method: 'PATCH', token: accounts[by].token, json: { workflowStatus } })
    expect(step.status, step.text).toBe(200)
  }
  return id
}

describe('a scheduled publish and unpublish', () => {
  test('a draft news item is public only from its publish time, and no longer after its unpublish time', async () => {
    const news = await create('news', { title: `排程消息 ${run}`, category: 'announcement', _status: 'draft' }, '?draft=true')

    const publishAt = inSeconds(4)
    const scheduled = await schedule('admin', 'publish', 'news', news.id, publishAt)
    expect(scheduled.status, scheduled.text).toBe(201)
    expect((await publicRead('news', news.id)).status).toBe(404)
    const requestsBefore = await buildRequests()

    const published = await eventually(() => publicRead('news', news.id), (reply) => reply.status === 200)
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(publishAt).getTime())
    expect(published.body._status).toBe('published')
    // The job is done and gone from the queue; the publish asked for a portal build, as a save does.
    expect((await job(scheduled.body.doc.id)).status).toBe(404)
    expect(await buildRequests()).toBe(requestsBefore + 1)

    const unpublishAt = inSeconds(4)
    const unscheduled = await schedule('admin', 'unpublish', 'news', news.id, unpublishAt)
    expect(unscheduled.status, unscheduled.text).toBe(201)
    expect((await publicRead('news', news.id)).status).toBe(200)

    await eventually(() => publicRead('news', news.id), (reply) => reply.status === 404)
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(unpublishAt).getTime())
    const stored = await api(`/news/${news.id}?draft=true&depth=0`, { token: accounts.admin.token })
    expect(stored.body._status).toBe('draft')
    expect(await buildRequests()).toBe(requestsBefore + 2)
  })

  test('a time that is not in the future, or no document, is refused in the language asked for, and queues nothing', async () => {
    const news = await create('news', { title: `排程錯誤 ${run}`, category: 'announcement', _status: 'draft' }, '?draft=true')
    const before = await jobCount()
    const past = await schedule('admin', 'publish', 'news', news.id, new Date(Date.now() - 60_000).toISOString())
    expect(past.status).toBe(400)
    expect(past.body.errors[0].message).toBe(messages.scheduleInvalid['zh-TW'])
    const noTime = await schedule('admin', 'publish', 'news', news.id, 'tomorrow', 'en')
    expect(noTime.status).toBe(400)
    expect(noTime.body.errors[0].message).toBe(messages.scheduleInvalid.en)
    const notScheduled = await schedule('admin', 'publish', 'schools', schoolId, inSeconds(60), 'en')
    expect(notScheduled.status).toBe(400)
    expect(await jobCount()).toBe(before)
  })
})

describe('exemplar cases', () => {
  test('school staff and reviewers cannot get a case published by scheduling it; nothing is queued', async () => {
    const draft = await caseAt('draft')
    const approved = await caseAt('approved')
    const before = await jobCount()
    for (const id of [draft, approved]) {
      const refused = await schedule('staff', 'publish', 'cases', id, inSeconds(2))
      expect(refused.status, refused.text).toBe(403)
      expect(refused.body.errors[0].message).toBe(messages.scheduleNotAllowed['zh-TW'])
    }
    const reviewer = await schedule('reviewer', 'publish', 'cases', approved, inSeconds(2), 'en')
    expect(reviewer.status, reviewer.text).toBe(403)
    expect(reviewer.body.errors[0].message).toBe(messages.scheduleNotAllowed.en)
    const anonymous = await api('/payload-jobs/schedule-publish', {
      method: 'POST',
      json: { type: 'publish', doc: { relationTo: 'cases', value: approved }, waitUntil: inSeconds(2) },
    })
    expect(anonymous.status).toBe(403)
    expect(await jobCount()).toBe(before)
  })

  test('a case is scheduled for publishing only once approved, as with the Publish button', async () => {
    const submitted = await caseAt('submitted')
    const refused = await schedule('convener', 'publish', 'cases', submitted, inSeconds(2), 'en')
    expect(refused.status, refused.text).toBe(403)
    expect(refused.body.errors[0].message).toBe(messages.publishNeedsApproval.en)
  })

  test("the convener's scheduled publish and the administrator's scheduled unpublish take the case through its workflow", async () => {
    const id = await caseAt('approved')
    const scheduled = await schedule('convener', 'publish', 'cases', id, inSeconds(3))
    expect(scheduled.status, scheduled.text).toBe(201)
    expect((await publicRead('cases', id)).status).toBe(404)
    await eventually(() => publicRead('cases', id), (reply) => reply.status === 200)

    const stored = await api(`/cases/${id}?draft=true&depth=0`, { token: accounts.admin.token })
    expect(stored.body.workflowStatus).toBe('published')
    expect(stored.body.workflowHistory.at(-1)).toMatchObject({ from: 'approved', to: 'published', by: accounts.convener.id })

    const unscheduled = await schedule('admin', 'unpublish', 'cases', id, inSeconds(3))
    expect(unscheduled.status, unscheduled.text).toBe(201)
    await eventually(() => publicRead('cases', id), (reply) => reply.status === 404)
    const withdrawn = await api(`/cases/${id}?draft=true&depth=0`, { token: accounts.admin.token })
    expect(withdrawn.body.workflowStatus).toBe('approved')
    expect(withdrawn.body.workflowHistory.at(-1)).toMatchObject({ from: 'published', to: 'approved', by: accounts.admin.id })
  })

  test('a schedule made by an account deactivated before it runs publishes nothing', async () => {
    const id = await caseAt('approved')
    const scheduled = await schedule('convener', 'publish', 'cases', id, inSeconds(3))
    expect(scheduled.status, scheduled.text).toBe(201)
    const deactivated = await api(`/users/${accounts.convener.id}`, { method: 'PATCH', token: accounts.admin.token, json: { active: false } })
    expect(deactivated.status, deactivated.text).toBe(200)
    const written = outboxMark()
    try {
      // The job runs and fails: the account it publishes as has no powers any more.
      const failed = await eventually(() => job(scheduled.body.doc.id), (reply) => reply.body?.hasError === true)
      expect(failed.body.completedAt ?? null).toBeNull()
      expect((await publicRead('cases', id)).status).toBe(404)
      const stored = await api(`/cases/${id}?draft=true&depth=0`, { token: accounts.admin.token })
      expect(stored.body.workflowStatus).toBe('approved')
      expect(stored.body._status).toBe('draft')
      // The administrators are told why; the deactivated account is not written to.
      const notices = await failureNotices(id, accounts.admin.token)
      expect(notices.body.totalDocs, notices.text).toBe(1)
      expect(notices.body.docs[0]).toMatchObject({ reason: 'account-inactive', scheduledBy: accounts.convener.id, explanation: { zhTW: messages.scheduleFailedAccountInactive['zh-TW'] } })
      const mail = written().find((sent) => sent.text.includes(messages.scheduleFailedAccountInactive.en))
      expect(mail?.to).toContain(testAdmin.email)
      expect(mail?.to).not.toContain(emailOf('convener'))
    } finally {
      await api(`/users/${accounts.convener.id}`, { method: 'PATCH', token: accounts.admin.token, json: { active: true } })
    }
    // Active again, the account sees its failed schedule and dismisses the notice; other schools' staff cannot.
    const [notice] = (await failureNotices(id, accounts.convener.token)).body.docs
    expect(notice?.reason).toBe('account-inactive')
    const dismiss = (actor: Actor) => api(`/schedule-failures/${notice.id}/dismiss`, { method: 'POST', token: accounts[actor].token, language: 'en' })
    const refused = await dismiss('otherStaff')
    expect(refused.status).toBe(404)
    expect(refused.body.errors[0].message).toBe(messages.scheduleFailureNotFound.en)
    const dismissed = await dismiss('convener')
    expect(dismissed.status, dismissed.text).toBe(200)
    expect(dismissed.body.doc.dismissedAt).toBeTruthy()
    const page = await adminPage('convener', `/collections/cases/${id}`)
    expect(page.text).not.toContain('failed-schedules-heading')
  })
})

describe('a schedule that fails when it runs', () => {
  test('is emailed to the account that scheduled it and shown to it, not to other schools’ staff, until the document is saved again', async () => {
    const title = `排程失敗消息 ${run}`
    const news = await create('news', { title, category: 'announcement', region: 'north', _status: 'draft' }, '?draft=true')
    const written = outboxMark()
    const publishAt = inSeconds(3)
    const scheduled = await schedule('convener', 'publish', 'news', news.id, publishAt)
    expect(scheduled.status, scheduled.text).toBe(201)
    // A later draft empties a required field: the publish cannot pass validation when it runs.
    const emptied = await api(`/news/${news.id}?draft=true`, { method: 'PATCH', token: accounts.admin.token, json: { category: null, _status: 'draft' } })
    expect(emptied.status, emptied.text).toBe(200)

    await eventually(() => job(scheduled.body.doc.id), (reply) => reply.body?.hasError === true)
    expect((await publicRead('news', news.id)).status).toBe(404)

    // The failure is reported before the job records its error. The notice: the document, the planned time and the reason, in both languages.
    const seen = await failureNotices(news.id, accounts.convener.token)
    expect(seen.body.totalDocs, seen.text).toBe(1)
    const notice = seen.body.docs[0]
    expect(notice).toMatchObject({
      collectionSlug: 'news',
      documentTitle: title,
      type: 'publish',
      reason: 'invalid',
      scheduledBy: accounts.convener.id,
      job: String(scheduled.body.doc.id),
      explanation: { zhTW: messages.scheduleFailedInvalid['zh-TW'].replace('{fields}', '類別'), en: messages.scheduleFailedInvalid.en.replace('{fields}', 'Category') },
    })
    expect(new Date(notice.plannedAt).getTime()).toBe(new Date(publishAt).getTime())

    // The email, to the scheduler and the administrators.
    const mail = written().find((sent) => sent.subject.includes(title))
    expect(mail?.to).toEqual(expect.arrayContaining([emailOf('convener'), testAdmin.email]))
    const taipeiTime = new Date(publishAt).toLocaleTimeString('en-GB', { timeZone: 'Asia/Taipei', hour: '2-digit', minute: '2-digit' })
    for (const part of [`「${title}」`, taipeiTime, notice.explanation.zhTW, notice.explanation.en, `/admin/collections/news/${news.id}`]) expect(mail?.text).toContain(part)

    // The admin shows it to the scheduler: on the dashboard, with the document, and in the document's edit view.
    for (const path of ['', `/collections/news/${news.id}`]) {
      const page = await adminPage('convener', path)
      expect(page.status, path).toBe(200)
      const notice = /<section aria-labelledby="failed-schedules-heading"[\s\S]*?<\/section>/.exec(page.text)?.[0] ?? ''
      expect(notice, path).toContain(messages.scheduleFailedInvalid['zh-TW'].replace('{fields}', '類別'))
    }
    expect((await adminPage('convener', '')).text).toContain(`<a href="/admin/collections/news/${news.id}">${title}</a>`)

    // Nobody else sees it: other schools' staff, a reviewer, the public.
    for (const actor of ['otherStaff', 'staff', 'reviewer'] as const) {
      const theirs = await failureNotices(news.id, accounts[actor].token)
      expect(theirs.body.totalDocs ?? 0, actor).toBe(0)
      expect((await api(`/schedule-failures/${notice.id}`, { token: accounts[actor].token })).status, actor).not.toBe(200)
    }
    expect((await failureNotices(news.id)).status).toBe(403)
    const theirDashboard = await adminPage('otherStaff', '')
    expect(theirDashboard.status).toBe(200)
    expect(theirDashboard.text).not.toContain('failed-schedules-heading')
    expect(theirDashboard.text).not.toContain(title)
    // Nobody writes one through the API.
    const forged = await api('/schedule-failures', { method: 'POST', token: accounts.admin.token, json: { collectionSlug: 'news', documentId: news.id, type: 'publish', failedAt: new Date().toISOString(), reason: 'error' } })
    expect(forged.status).toBe(403)

    // Saving the document again answers the failure: the notice is dismissed, and the edit view no longer shows it.
    const fixed = await api(`/news/${news.id}?draft=true`, { method: 'PATCH', token: accounts.convener.token, json: { category: 'announcement', _status: 'draft' } })
    expect(fixed.status, fixed.text).toBe(200)
    const [answered] = (await failureNotices(news.id, accounts.convener.token)).body.docs
    expect(answered.dismissedAt).toBeTruthy()
    expect((await adminPage('convener', `/collections/news/${news.id}`)).text).not.toContain('failed-schedules-heading')
  })
})

describe('the job queue', () => {
  let jobId: string

  beforeAll(async () => {
    const news = await create('news', { title: `排程佇列 ${run}`, category: 'announcement', region: 'north', _status: 'draft' }, '?draft=true')
    const scheduled = await schedule('convener', 'publish', 'news', news.id, inSeconds(3600))
    expect(scheduled.status, scheduled.text).toBe(201)
    jobId = scheduled.body.doc.id
  })

  test('is read by the agency and the contractor only', async () => {
    const asAdmin = await job(jobId)
    expect(asAdmin.status, asAdmin.text).toBe(200)
    expect(asAdmin.body.input).toMatchObject({ type: 'publish', user: { relationTo: 'users', value: accounts.convener.id } })
    for (const token of [undefined, accounts.staff.token, accounts.reviewer.token, accounts.convener.token]) {
      expect((await api('/payload-jobs?depth=0', { token })).status).toBe(403)
      expect((await api(`/payload-jobs/${jobId}?depth=0`, { token })).status).toBe(403)
    }
  })

  test('is not written through the collection API, not even by an administrator', async () => {
    const before = await jobCount()
    const created = await api('/payload-jobs', {
      method: 'POST',
      token: accounts.admin.token,
      json: { taskSlug: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'news', value: 'x' } } },
    })
    expect(created.status).toBe(403)
    expect((await api(`/payload-jobs/${jobId}`, { method: 'DELETE', token: accounts.admin.token })).status).toBe(403)
    expect(await jobCount()).toBe(before)
  })

  test('a schedule is cancelled by those who may publish the document, not by school staff', async () => {
    const refused = await api(`/payload-jobs/schedule-publish/${jobId}`, { method: 'DELETE', token: accounts.staff.token, language: 'en' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(messages.scheduleNotAllowed.en)
    expect((await job(jobId)).status).toBe(200)

    const cancelled = await api(`/payload-jobs/schedule-publish/${jobId}`, { method: 'DELETE', token: accounts.convener.token })
    expect(cancelled.status, cancelled.text).toBe(200)
    expect((await job(jobId)).status).toBe(404)
    const again = await api(`/payload-jobs/schedule-publish/${jobId}`, { method: 'DELETE', token: accounts.convener.token })
    expect(again.status).toBe(404)
  })
})
