/**
 * The exemplar-case review workflow over HTTP, with the accounts of a northern and a southern
 * school, both regions' conveners, the contractor and a reviewer: every allowed step is taken by
 * the right role, recorded once in the history and emailed (to the outbox) to the submitter and
 * the region's conveners; every other step is refused with a clear message and changes nothing.
 * Last, the pending work each account finds on the admin dashboard.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, inject, test } from 'vitest'

import { messages } from '../../src/messages'
import { caseStatuses, type CaseStatus } from '../../src/workflow/caseWorkflow'
import { login } from '../support/accounts'
import { admin, api, baseURL, create, unique } from '../support/api'
import { type Reply, request } from '../support/http'
import { type Email, outboxMark } from '../support/outbox'

const run = unique()
const password = 'a-long-test-password-for-workflow'

type Actor = 'admin' | 'contractor' | 'northConvener' | 'southConvener' | 'northStaff' | 'southStaff' | 'reviewer'
type Account = { id: string; email: string; token: string }
const accounts = {} as Record<Actor | 'idleConvener', Account>
const schools = {} as Record<'north' | 'south', { id: string; name: string }>

const statusName = (status: CaseStatus, language: 'zh-TW' | 'en' = 'zh-TW') => caseStatuses.find((option) => option.value === status)!.label[language]
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!)
/** Payload's own refusal when access rules deny an update. */
const notAllowed = { 'zh-TW': '您沒有執行此操作的權限。', en: 'You are not allowed to perform this action.' }

async function account(actor: Actor | 'idleConvener', data: Record<string, unknown>): Promise<Account> {
  const email = `${actor.toLowerCase()}-${run}@career.test`
  const user = await create('users', { name: `${actor} ${run}`, email, password, ...data })
  // An inactive account cannot sign in; it is only here to be left out of the notices.
  const token = data.active === false ? '' : await login(baseURL(), { email, password })
  return { id: user.id, email, token }
}

beforeAll(async () => {
  const north = await create('schools', { name: `臺北流程測試大學 ${run}`, county: 'taipei-city', unitName: '職涯發展中心' })
  const south = await create('schools', { name: `高雄流程測試大學 ${run}`, county: 'kaohsiung-city', unitName: '職涯發展中心' })
  Object.assign(schools, { north, south })
  const adminToken = await admin()
  const me = (await api('/users/me', { token: adminToken })).body.user
  accounts.admin = { id: me.id, email: me.email, token: adminToken }
  accounts.contractor = await account('contractor', { role: 'contractor' })
  accounts.northConvener = await account('northConvener', { role: 'convener', region: 'north' })
  accounts.idleConvener = await account('idleConvener', { role: 'convener', region: 'north', active: false })
  accounts.southConvener = await account('southConvener', { role: 'convener', region: 'south' })
  accounts.northStaff = await account('northStaff', { role: 'school', school: north.id })
  accounts.southStaff = await account('southStaff', { role: 'school', school: south.id })
  accounts.reviewer = await account('reviewer', { role: 'reviewer' })
})

let caseNumber = 0

/** A draft case written by the staff of a school (the northern one unless said otherwise). */
async function newCase(by: 'northStaff' | 'southStaff' = 'northStaff'): Promise<{ id: string; title: string }> {
  const title = `流程測試案例 ${run}-${++caseNumber}`
  const school = by === 'northStaff' ? schools.north : schools.south
  const reply = await api('/cases', {
    method: 'POST',
    token: accounts[by].token,
    json: { title, school: school.id, academicYear: 113, planType: 'cross-school', activityFormat: 'series', summary: '跨校合作的系列活動。' },
  })
  expect(reply.status, reply.text).toBe(201)
  return { id: reply.body.doc.id, title }
}

type HistoryEntry = { from: CaseStatus; to: CaseStatus; by: string; at: string; comment?: string | null }
type Stored = { workflowStatus: CaseStatus; workflowHistory: HistoryEntry[]; _status: string; summary: string; updatedAt: string }

/** The case as the administrator reads it (the latest draft included). */
async function stored(id: string): Promise<Stored> {
  const reply = await api(`/cases/${id}?depth=0&draft=true`, { token: accounts.admin.token })
  expect(reply.status, reply.text).toBe(200)
  return reply.body
}

const step = (id: string, actor: Actor, to: CaseStatus, comment?: string, language?: string) =>
  api(`/cases/${id}?depth=0`, {
    method: 'PATCH',
    token: accounts[actor].token,
    language,
    json: { workflowStatus: to, ...(comment === undefined ? {} : { workflowComment: comment }) },
  })

/** Moves a case as the administrator along allowed steps (set-up for the tests of refusals). */
async function bringTo(id: string, path: CaseStatus[]) {
  for (const to of path) {
    const reply = await step(id, 'admin', to, to === 'returned' ? '請補充說明。' : undefined)
    expect(reply.status, reply.text).toBe(200)
  }
}

function expectRefused(reply: Reply, message: string) {
  expect(reply.status, reply.text).toBe(403)
  expect(reply.body.errors[0].message).toBe(message)
}

/** Runs a refused request and checks that status, history, content and outbox stay as they were. */
async function expectNothingChanged(id: string, request: () => Promise<Reply>, message: string) {
  const before = await stored(id)
  const written = outboxMark()
  expectRefused(await request(), message)
  const after = await stored(id)
  expect(after.workflowStatus).toBe(before.workflowStatus)
  expect(after.workflowHistory).toEqual(before.workflowHistory)
  expect(after.summary).toBe(before.summary)
  expect(after._status).toBe(before._status)
  expect(written()).toEqual([])
}

describe('every allowed step', () => {
  // One case along every step of access-model.md, each taken by one of the roles that may take it.
  const journey: Array<{ to: CaseStatus; by: Actor; comment?: string }> = [
    { to: 'submitted', by: 'northStaff' },
    { to: 'returned', by: 'northConvener', comment: '請補充活動成效數據。' },
    { to: 'submitted', by: 'northStaff', comment: '已補充成效數據。' },
    { to: 'approved', by: 'northConvener', comment: '內容完整，同意核定。' },
    { to: 'returned', by: 'contractor', comment: '照片缺少替代文字。' },
    { to: 'submitted', by: 'contractor' },
    { to: 'approved', by: 'admin' },
    { to: 'published', by: 'northConvener' },
    { to: 'approved', by: 'contractor', comment: '暫時下架更新資料。' },
    { to: 'published', by: 'admin' },
  ]
  let subject: { id: string; title: string }
  beforeAll(async () => {
    subject = await newCase()
  })

  test.each(journey.map((entry, index) => ({ ...entry, index })))('→ $to by $by', async ({ to, by, comment, index }) => {
    const before = await stored(subject.id)
    const written = outboxMark()
    const startedAt = Date.now()
    const reply = await step(subject.id, by, to, comment)
    expect(reply.status, reply.text).toBe(200)

    const after = await stored(subject.id)
    expect(after.workflowStatus).toBe(to)
    expect(after.workflowHistory).toHaveLength(index + 1)
    expect(after.workflowHistory.slice(0, -1)).toEqual(before.workflowHistory)
    const entry = after.workflowHistory.at(-1)!
    expect(entry).toMatchObject({ from: before.workflowStatus, to, comment: comment ?? '' })
    expect(entry.by).toBe(accounts[by].id)
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(startedAt - 1000)
    expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now())

    const emails = written()
    expect(emails).toHaveLength(1)
    const email = emails[0]!
    // The submitter and the region's active conveners; not the other region, not an inactive account.
    expect(email.to.sort()).toEqual([accounts.northStaff.email, accounts.northConvener.email].sort())
    expect(email.subject).toContain(subject.title)
    expect(email.subject).toContain(statusName(to))
    expect(email.subject).toContain(statusName(to, 'en'))
    expect(email.text).toContain(`「${statusName(before.workflowStatus)}」改為「${statusName(to)}」`)
    if (comment) expect(email.text).toContain(comment)
    expect(email.text).toContain(`/admin/collections/cases/${subject.id}`)
  })

  test('each notice is a complete RFC 5322 message with encoded Chinese headers', async () => {
    const item = await newCase()
    const written = outboxMark()
    expect((await step(item.id, 'northStaff', 'submitted')).status).toBe(200)
    const [email] = written() as [Email]
    // Named by the time it was written (UTC), so the outbox lists oldest first.
    const writtenAt = /^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d\.\d{3}Z)-[0-9a-f]{8}\.eml$/.exec(path.basename(email.file))
    expect(writtenAt).not.toBeNull()
    expect(Date.now() - Date.parse(`${writtenAt![1]}:${writtenAt![2]}:${writtenAt![3]}`)).toBeLessThan(60_000)
    expect(new Date(email.headers.date!).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(email.headers['message-id']).toMatch(/^<[^@\s]+@[^>\s]+>$/)
    expect(email.headers['mime-version']).toBe('1.0')
    expect(email.headers['content-type']).toMatch(/^text\/plain; charset=utf-8$/i)
    // Non-ASCII header text travels as RFC 2047 encoded words, never raw.
    expect(email.headers.subject).toMatch(/^=\?UTF-8\?[BQ]\?/i)
    expect(email.headers.subject).not.toMatch(/\p{Script=Han}/u)
    expect(email.from).toContain('<no-reply@career.localhost>')
    expect(email.subject).toBe(`【優良範例】${item.title}：已送審／Exemplar case Submitted`)
  })

  test("the admin's Publish button publishes an approved case", async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted', 'approved'])
    const written = outboxMark()
    const reply = await api(`/cases/${item.id}?depth=0`, { method: 'PATCH', token: accounts.northConvener.token, json: { _status: 'published' } })
    expect(reply.status, reply.text).toBe(200)
    const after = await stored(item.id)
    expect(after.workflowStatus).toBe('published')
    expect(after._status).toBe('published')
    expect(after.workflowHistory.at(-1)).toMatchObject({ from: 'approved', to: 'published', by: accounts.northConvener.id })
    expect(written()).toHaveLength(1)
  })

  test('a notice that cannot be written does not undo the step', async () => {
    const item = await newCase()
    const outbox = path.join(inject('cmsDataDir'), 'outbox')
    // A file where the outbox folder should be: every write into it fails.
    fs.mkdirSync(outbox, { recursive: true })
    fs.renameSync(outbox, `${outbox}.aside`)
    fs.writeFileSync(outbox, '')
    try {
      const reply = await step(item.id, 'northStaff', 'submitted')
      expect(reply.status, reply.text).toBe(200)
    } finally {
      fs.rmSync(outbox)
      fs.renameSync(`${outbox}.aside`, outbox)
    }
    const after = await stored(item.id)
    expect(after.workflowStatus).toBe('submitted')
    expect(after.workflowHistory).toHaveLength(1)
  })

  test("the admin's Unpublish button takes a published case back to approved", async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted', 'approved', 'published'])
    const written = outboxMark()
    const reply = await api(`/cases/${item.id}?depth=0`, { method: 'PATCH', token: accounts.northConvener.token, json: { _status: 'draft' } })
    expect(reply.status, reply.text).toBe(200)
    const after = await stored(item.id)
    expect(after.workflowStatus).toBe('approved')
    expect(after._status).toBe('draft')
    expect(after.workflowHistory.at(-1)).toMatchObject({ from: 'published', to: 'approved', by: accounts.northConvener.id })
    expect(written()).toHaveLength(1)
    expect((await api(`/cases/${item.id}?depth=0`)).status).not.toBe(200)
  })

  test('changes to a published case saved as a draft leave it published, without a step', async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted', 'approved', 'published'])
    const written = outboxMark()
    const reply = await api(`/cases/${item.id}?depth=0&draft=true`, { method: 'PATCH', token: accounts.northConvener.token, json: { summary: '修改中的摘要。' } })
    expect(reply.status, reply.text).toBe(200)
    const after = await stored(item.id)
    expect(after.workflowStatus).toBe('published')
    expect(after.workflowHistory).toHaveLength(3)
    expect(written()).toEqual([])
    const shown = await api(`/cases/${item.id}?depth=0`)
    expect(shown.status, shown.text).toBe(200)
    expect(shown.body.summary).toBe('跨校合作的系列活動。')
  })

  test('a save without a step adds no history and sends no email', async () => {
    const item = await newCase()
    const written = outboxMark()
    const reply = await api(`/cases/${item.id}?depth=0`, { method: 'PATCH', token: accounts.northStaff.token, json: { summary: '修改後的摘要。' } })
    expect(reply.status, reply.text).toBe(200)
    expect((await stored(item.id)).workflowHistory).toEqual([])
    expect(written()).toEqual([])
  })
})

describe('every forbidden step is refused and changes nothing', () => {
  // Steps that do not exist, asked by an account that could otherwise edit the case.
  const impossible: Array<{ path: CaseStatus[]; to: CaseStatus; by: Actor }> = [
    { path: [], to: 'approved', by: 'northStaff' },
    { path: [], to: 'published', by: 'admin' },
    { path: [], to: 'returned', by: 'northConvener' },
    { path: ['submitted'], to: 'published', by: 'contractor' },
    { path: ['submitted'], to: 'draft', by: 'northConvener' },
    { path: ['submitted', 'returned'], to: 'approved', by: 'northConvener' },
    { path: ['submitted', 'returned'], to: 'published', by: 'admin' },
    { path: ['submitted', 'approved'], to: 'submitted', by: 'northConvener' },
    { path: ['submitted', 'approved'], to: 'draft', by: 'admin' },
    { path: ['submitted', 'approved', 'published'], to: 'submitted', by: 'admin' },
    { path: ['submitted', 'approved', 'published'], to: 'returned', by: 'northConvener' },
  ]
  test.each(impossible)('$path → $to by $by', async ({ path, to, by }) => {
    const item = await newCase()
    await bringTo(item.id, path)
    const from = path.at(-1) ?? 'draft'
    const values = { from: statusName(from), to: statusName(to) }
    await expectNothingChanged(item.id, () => step(item.id, by, to, '說明'), fill(messages.transitionNotAllowed['zh-TW'], values))
  })

  test('the refusal is in English for an English-speaking requester', async () => {
    const item = await newCase()
    const values = { from: statusName('draft', 'en'), to: statusName('published', 'en') }
    await expectNothingChanged(item.id, () => step(item.id, 'admin', 'published', undefined, 'en'), fill(messages.transitionNotAllowed.en, values))
  })

  test('a return needs a comment', async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted'])
    await expectNothingChanged(item.id, () => step(item.id, 'northConvener', 'returned'), messages.returnNeedsComment['zh-TW'])
    await expectNothingChanged(item.id, () => step(item.id, 'northConvener', 'returned', '   '), messages.returnNeedsComment['zh-TW'])
    await expectNothingChanged(item.id, () => step(item.id, 'northConvener', 'returned', '', 'en'), messages.returnNeedsComment.en)
    await bringTo(item.id, ['approved'])
    await expectNothingChanged(item.id, () => step(item.id, 'contractor', 'returned'), messages.returnNeedsComment['zh-TW'])
  })

  test("the Publish button on a case not yet approved is refused", async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted'])
    const publish = (language?: string) => () =>
      api(`/cases/${item.id}?depth=0`, { method: 'PATCH', token: accounts.northConvener.token, language, json: { _status: 'published' } })
    await expectNothingChanged(item.id, publish(), messages.publishNeedsApproval['zh-TW'])
    await expectNothingChanged(item.id, publish('en'), messages.publishNeedsApproval.en)
  })

  test('school staff take no reviewing step, and cannot edit their case while submitted or approved', async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted'])
    const edit = (language?: string) => () =>
      api(`/cases/${item.id}?depth=0`, { method: 'PATCH', token: accounts.northStaff.token, language, json: { summary: '送審後偷改的摘要。' } })
    await expectNothingChanged(item.id, () => step(item.id, 'northStaff', 'approved'), notAllowed['zh-TW'])
    await expectNothingChanged(item.id, () => step(item.id, 'northStaff', 'returned', '撤回'), notAllowed['zh-TW'])
    await expectNothingChanged(item.id, edit(), notAllowed['zh-TW'])
    await expectNothingChanged(item.id, edit('en'), notAllowed.en)
    await bringTo(item.id, ['approved'])
    await expectNothingChanged(item.id, () => step(item.id, 'northStaff', 'published'), notAllowed['zh-TW'])
    await expectNothingChanged(item.id, edit(), notAllowed['zh-TW'])

    // Returned, the case is the school's to change again.
    await bringTo(item.id, ['returned'])
    const reply = await edit()()
    expect(reply.status, reply.text).toBe(200)
    expect((await stored(item.id)).summary).toBe('送審後偷改的摘要。')
  })

  test('saving as a draft (as the admin panel does) is no way around the workflow', async () => {
    const item = await newCase()
    const draftSave = (json: Record<string, unknown>) => () =>
      api(`/cases/${item.id}?depth=0&draft=true`, { method: 'PATCH', token: accounts.northStaff.token, json })
    const submitted = await draftSave({ workflowStatus: 'submitted' })()
    expect(submitted.status, submitted.text).toBe(200)
    expect((await stored(item.id)).workflowStatus).toBe('submitted')
    await expectNothingChanged(item.id, draftSave({ summary: '送審後以草稿偷改的摘要。' }), notAllowed['zh-TW'])
    await expectNothingChanged(item.id, draftSave({ workflowStatus: 'approved' }), notAllowed['zh-TW'])
  })

  test("another school's staff cannot submit a case", async () => {
    const item = await newCase()
    await expectNothingChanged(item.id, () => step(item.id, 'southStaff', 'submitted'), notAllowed['zh-TW'])
  })

  test("the southern convener cannot step a northern case", async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted'])
    await expectNothingChanged(item.id, () => step(item.id, 'southConvener', 'approved'), notAllowed['zh-TW'])
    await expectNothingChanged(item.id, () => step(item.id, 'southConvener', 'returned', '不是本區'), notAllowed['zh-TW'])
    await bringTo(item.id, ['approved'])
    await expectNothingChanged(item.id, () => step(item.id, 'southConvener', 'published'), notAllowed['zh-TW'])
  })

  test('a reviewer takes no step', async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted'])
    const assigned = await api(`/cases/${item.id}?depth=0`, { method: 'PATCH', token: accounts.admin.token, json: { reviewers: [accounts.reviewer.id] } })
    expect(assigned.status, assigned.text).toBe(200)
    await expectNothingChanged(item.id, () => step(item.id, 'reviewer', 'approved'), notAllowed['zh-TW'])
  })

  test('a school cannot create a case in any status but draft', async () => {
    const written = outboxMark()
    const reply = await api('/cases', {
      method: 'POST',
      token: accounts.northStaff.token,
      json: {
        title: `直接核定的案例 ${run}`,
        school: schools.north.id,
        academicYear: 113,
        planType: 'cross-school',
        activityFormat: 'series',
        summary: '想跳過審核。',
        workflowStatus: 'approved',
      },
    })
    expectRefused(reply, fill(messages.transitionNotAllowed['zh-TW'], { from: statusName('draft'), to: statusName('approved') }))
    const found = await api(`/cases?draft=true&where[title][equals]=${encodeURIComponent(`直接核定的案例 ${run}`)}`, { token: accounts.admin.token })
    expect(found.body.totalDocs).toBe(0)
    expect(written()).toEqual([])
  })
})

describe('publishing', () => {
  test('a published case is public; taking it back to approved hides it again', async () => {
    const item = await newCase()
    const publicRead = () => api(`/cases/${item.id}?depth=0`)
    const inPublicList = async () => (await api(`/cases?depth=0&where[id][equals]=${item.id}`)).body.totalDocs
    await bringTo(item.id, ['submitted', 'approved'])
    expect((await publicRead()).status).not.toBe(200)
    expect(await inPublicList()).toBe(0)

    expect((await step(item.id, 'northConvener', 'published')).status).toBe(200)
    const shown = await publicRead()
    expect(shown.status, shown.text).toBe(200)
    expect(shown.body.title).toBe(item.title)
    // The public does not see the review behind the case.
    expect(shown.body.workflowHistory ?? []).toEqual([])
    expect(shown.body).not.toHaveProperty('workflowStatus')
    expect(shown.body).not.toHaveProperty('createdBy')
    expect(await inPublicList()).toBe(1)

    expect((await step(item.id, 'northConvener', 'approved', '資料更新中。')).status).toBe(200)
    expect((await publicRead()).status).not.toBe(200)
    expect(await inPublicList()).toBe(0)
    expect((await stored(item.id)).workflowStatus).toBe('approved')
  })
})

describe('the history is kept by the server', () => {
  test('history sent with a save is ignored', async () => {
    const item = await newCase()
    await bringTo(item.id, ['submitted'])
    const before = await stored(item.id)
    const forged = { from: 'submitted', to: 'approved', by: accounts.northConvener.id, at: new Date().toISOString(), comment: '偽造' }
    for (const workflowHistory of [[], [forged], [...before.workflowHistory.map(({ from, to, by, at }) => ({ from, to, by, at, comment: '改寫' }))]]) {
      const reply = await api(`/cases/${item.id}?depth=0`, { method: 'PATCH', token: accounts.admin.token, json: { workflowHistory } })
      expect(reply.status, reply.text).toBe(200)
      expect((await stored(item.id)).workflowHistory).toEqual(before.workflowHistory)
    }
  })

  test('a new case starts with an empty history whatever the request says', async () => {
    const reply = await api('/cases?depth=0', {
      method: 'POST',
      token: accounts.northStaff.token,
      json: {
        title: `帶歷史的案例 ${run}`,
        school: schools.north.id,
        academicYear: 113,
        planType: 'cross-school',
        activityFormat: 'series',
        summary: '送出時附上偽造的紀錄。',
        workflowHistory: [{ from: 'submitted', to: 'approved', by: accounts.northConvener.id, at: new Date().toISOString() }],
      },
    })
    expect(reply.status, reply.text).toBe(201)
    expect((await stored(reply.body.doc.id)).workflowHistory).toEqual([])
  })
})

describe('pending work on the admin dashboard', () => {
  type Panel = { heading: string; groups: Record<string, Array<{ title: string; href: string; text: string }>>; text: string }
  const plain = (html: string) =>
    html
      .replace(/<!-- -->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim()

  /** The pending-work panel of the dashboard as an account sees it, by group heading. */
  async function panel(actor: Actor, language?: 'en'): Promise<Panel> {
    // As a browser opening the admin: the session cookie, the admin language chosen in the account
    // settings (kept in a cookie), and a navigation typed in (not cross-site).
    const cookie = `payload-token=${accounts[actor].token}${language ? `; payload-lng=${language}` : ''}`
    const reply = await request(`${baseURL()}/admin`, { headers: { cookie, 'sec-fetch-site': 'none' } })
    expect(reply.status).toBe(200)
    const section = /<section aria-labelledby="pending-work-heading"[^>]*>([\s\S]*?)<\/section>/.exec(reply.text)?.[1]
    if (!section) throw new Error(`No pending-work panel on the dashboard of ${actor}`)
    const [head, ...parts] = section.split('<h3')
    const groups: Panel['groups'] = {}
    for (const part of parts) {
      const heading = plain(part.slice(part.indexOf('>') + 1, part.indexOf('</h3>')))
      groups[heading] = [...part.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => {
        const [, href, title] = /<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/.exec(item!)!
        return { title: plain(title!), href: href!, text: plain(item!) }
      })
    }
    return { heading: plain(head!), groups, text: plain(section) }
  }
  const titles = (items: Panel['groups'][string] | undefined) => (items ?? []).map((item) => item.title)

  const cases = {} as Record<'submitted' | 'approved' | 'returned' | 'draft' | 'southern' | 'published', { id: string; title: string }>
  const returnComment = '請補上活動照片的替代文字。'

  beforeAll(async () => {
    // The first visit compiles the admin (a minute or two in development mode): not a test's time.
    await request(`${baseURL()}/admin/login`)
    cases.submitted = await newCase()
    cases.approved = await newCase()
    cases.returned = await newCase()
    cases.draft = await newCase()
    cases.published = await newCase()
    cases.southern = await newCase('southStaff')
    await bringTo(cases.submitted.id, ['submitted'])
    await bringTo(cases.approved.id, ['submitted', 'approved'])
    await bringTo(cases.returned.id, ['submitted'])
    expect((await step(cases.returned.id, 'northConvener', 'returned', returnComment)).status).toBe(200)
    await bringTo(cases.published.id, ['submitted', 'approved', 'published'])
    await bringTo(cases.southern.id, ['submitted'])
    for (const item of [cases.submitted, cases.approved]) {
      const assigned = await api(`/cases/${item.id}`, { method: 'PATCH', token: accounts.admin.token, json: { reviewers: [accounts.reviewer.id] } })
      expect(assigned.status, assigned.text).toBe(200)
    }
    const review = await api('/case-reviews', {
      method: 'POST',
      token: accounts.reviewer.token,
      json: { case: cases.approved.id, score: 88, recommendation: 'approve', comment: '成效具體。' },
    })
    expect(review.status, review.text).toBe(201)
  })

  test("a convener sees its region's cases to decide and to publish, with links to them", async () => {
    const { heading, groups } = await panel('northConvener')
    expect(heading).toBe('待辦事項')
    const toDecide = groups['待核定：本區已送審的優良範例']
    const toPublish = groups['待發布：已核定、尚未發布']
    expect(titles(toDecide)).toContain(cases.submitted.title)
    expect(titles(toPublish)).toContain(cases.approved.title)
    for (const other of [cases.returned, cases.draft, cases.published, cases.southern]) {
      expect([...titles(toDecide), ...titles(toPublish)]).not.toContain(other.title)
    }
    const item = toDecide!.find((entry) => entry.title === cases.submitted.title)!
    expect(item.href).toBe(`/admin/collections/cases/${cases.submitted.id}`)
    expect(item.text).toContain(schools.north.name)

    const southern = await panel('southConvener')
    expect(titles(southern.groups['待核定：本區已送審的優良範例'])).toContain(cases.southern.title)
    expect(southern.text).not.toContain(cases.submitted.title)
  })

  test('the panel speaks English to an English-speaking editor', async () => {
    const { heading, groups } = await panel('northConvener', 'en')
    expect(heading).toBe('Your pending work')
    expect(titles(groups['To decide: submitted exemplar cases of your region'])).toContain(cases.submitted.title)
    expect(titles(groups['To publish: approved, not yet published'])).toContain(cases.approved.title)

    const school = await panel('northStaff', 'en')
    const returned = school.groups["Your school's exemplar cases not yet published"]!.find((entry) => entry.title === cases.returned.title)!
    expect(returned.text).toContain(`(${schools.north.name}), status: Returned for changes`)
    expect(returned.text).toContain(`Why it was returned: ${returnComment}`)
  })

  test("school staff see their school's unpublished cases, their status, and why one was returned", async () => {
    const { groups, text } = await panel('northStaff')
    const own = groups["本校尚未發布的優良範例"]!
    for (const item of [cases.submitted, cases.approved, cases.returned, cases.draft]) expect(titles(own)).toContain(item.title)
    expect(titles(own)).not.toContain(cases.published.title)
    expect(text).not.toContain(cases.southern.title)
    const status = (item: { title: string }) => own.find((entry) => entry.title === item.title)!.text
    expect(status(cases.submitted)).toContain('狀態：已送審')
    expect(status(cases.draft)).toContain('狀態：草稿')
    expect(status(cases.returned)).toContain('狀態：退回修改')
    expect(status(cases.returned)).toContain(`退回說明：${returnComment}`)
    expect(status(cases.submitted)).not.toContain('退回說明')
  })

  test('a reviewer sees the cases assigned to them that they have not reviewed yet', async () => {
    const { groups, text } = await panel('reviewer')
    const toReview = groups['待評審：指派給您、尚未填寫評審意見']
    expect(titles(toReview)).toContain(cases.submitted.title)
    expect(text).not.toContain(cases.approved.title)
    expect(text).not.toContain(cases.draft.title)
  })

  test('the agency and the contractor see how many cases wait in each region', async () => {
    const waiting = async (region: string) =>
      (await api(`/cases?draft=true&limit=1&depth=0&where[workflowStatus][equals]=submitted&where[region][equals]=${region}`, { token: accounts.admin.token })).body
        .totalDocs as number
    const expected = [`北區：${await waiting('north')} 件`, `中區：${await waiting('central')} 件`, `南區：${await waiting('south')} 件`]
    for (const actor of ['admin', 'contractor'] as const) {
      const { groups } = await panel(actor)
      const byRegion = groups['各區已送審、待核定的優良範例']!
      expect(byRegion.map((entry) => entry.title)).toEqual(expected)
      expect(byRegion[0]!.href).toBe('/admin/collections/cases?where[region][equals]=north&amp;where[workflowStatus][equals]=submitted')
    }
  })
})
