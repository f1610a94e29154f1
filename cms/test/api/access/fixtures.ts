/**
 * The documents and accounts the access matrix is run against, created over REST as the
 * administrator: two schools (north and south), an account for every actor, and for every
 * collection the documents the rules tell apart (published and draft, per region, per school, per
 * uploader…), each described by what the rules look at.
 */
import { admin, api, baseURL, create, unique, upload } from '../../support/api'
import { login } from '../../support/accounts'
import { pdf, png, type TestFile, vtt } from '../../support/files'
import type { Actor } from './matrix'

export type Region = 'north' | 'south' | 'central'

/** What the access rules look at in a document. */
export type Traits = {
  /** `_status` of a drafted collection; undefined where there are no drafts. */
  status?: 'published' | 'draft'
  region?: Region | null
  /** The school (by its region: there is one school per region) of a case, or of school staff. */
  school?: 'north' | 'south'
  workflowStatus?: 'draft' | 'submitted' | 'returned' | 'approved' | 'published'
  reviewers?: Actor[]
  createdBy?: Actor
  /** For accounts: whose account it is and its role. */
  account?: Actor
  role?: string
}

export type Target = Traits & { key: string; id: string }

export type ActorInfo = { role: string | null; region?: Region; school?: 'north' | 'south' }

export const actorInfo: Record<Actor, ActorInfo> = {
  public: { role: null },
  admin: { role: 'admin' },
  contractor: { role: 'contractor' },
  'convener-north': { role: 'convener', region: 'north' },
  'convener-south': { role: 'convener', region: 'south' },
  'school-north': { role: 'school', region: 'north', school: 'north' },
  'school-south': { role: 'school', region: 'south', school: 'south' },
  'reviewer-assigned': { role: 'reviewer' },
  'reviewer-unassigned': { role: 'reviewer' },
  // Deactivated after signing in: its session stays, its powers do not.
  deactivated: { role: 'contractor' },
}

const run = unique()
export const runId = run
const password = 'matrix-passphrase-long-31'

/** Variants of one collection's documents: what each is, and how to make another like it. */
export type Variant = Traits & { key: string }

export type Fixtures = {
  tokens: Record<Actor, string | undefined>
  accounts: Record<Actor, string>
  schools: Record<'north' | 'south', string>
  targets: Record<string, Target[]>
  /** Makes a fresh document like the target `key` (for writes that are allowed and would spend it). */
  fresh: (collection: string, key: string) => Promise<Target>
  /** New-document data for a create by `actor`, and the traits the rules judge it by. */
  createData: (collection: string, actor: Actor) => { data: Record<string, unknown>; traits: Traits; file?: TestFile }
  /** A harmless change for an update. */
  change: (collection: string) => Record<string, unknown>
  /** Documents to remove for good at the end (unique values other test files use). */
  cleanup: () => Promise<void>
}

const regionalCollections = ['news', 'galleries']
const nationalCollections = ['materials', 'library', 'survey-reports', 'pages', 'project-zones', 'ebooks', 'videos']
const uploadCollections = ['media', 'documents', 'video-files']
const countyOf: Record<Region, string> = { north: 'taipei-city', south: 'kaohsiung-city', central: 'taichung-city' }

/** The documents of each collection the matrix is run against (accounts: one per actor, see `createFixtures`). */
export const variants: Record<string, Variant[]> = {}
for (const collection of regionalCollections) {
  variants[collection] = (['north', 'south'] as const).flatMap((region) => [
    { key: `published-${region}`, status: 'published' as const, region },
    { key: `draft-${region}`, status: 'draft' as const, region },
  ])
}
for (const collection of nationalCollections) {
  variants[collection] = [
    { key: 'published', status: 'published' },
    { key: 'draft', status: 'draft' },
  ]
}
const caseVariant = (key: string, school: 'north' | 'south', workflowStatus: NonNullable<Traits['workflowStatus']>, reviewers?: Actor[]): Variant => ({
  key,
  school,
  region: school,
  workflowStatus,
  status: workflowStatus === 'published' ? 'published' : 'draft',
  ...(reviewers ? { reviewers } : {}),
})
variants.cases = [
  caseVariant('published-north', 'north', 'published'),
  caseVariant('draft-north', 'north', 'draft'),
  caseVariant('submitted-north', 'north', 'submitted'),
  caseVariant('approved-north', 'north', 'approved'),
  caseVariant('published-south', 'south', 'published'),
  caseVariant('draft-south', 'south', 'draft'),
  caseVariant('approved-south', 'south', 'approved'),
  caseVariant('assigned', 'south', 'submitted', ['reviewer-assigned']),
]
for (const collection of uploadCollections) {
  variants[collection] = [
    { key: 'by-admin', createdBy: 'admin' },
    { key: 'by-convener-north', createdBy: 'convener-north' },
    { key: 'by-school-north', createdBy: 'school-north' },
  ]
}
variants.links = [{ key: 'link' }]
variants.schools = [{ key: 'school' }]
variants.regions = [{ key: 'region', region: 'central' }]

variants['case-reviews'] = [{ key: 'review', region: 'south', school: 'south', createdBy: 'reviewer-assigned' }]
// An entry the server wrote while the fixtures were made.
variants['audit-log'] = [{ key: 'entry' }]
// The build the fixtures' published documents asked for.
variants['site-builds'] = [{ key: 'build' }]
// A publish the northern convener scheduled, which failed when it ran.
variants['schedule-failures'] = [{ key: 'failed', createdBy: 'convener-north' }]
variants.users = (Object.keys(actorInfo) as Actor[])
  .filter((actor) => actor !== 'public')
  .map((actor) => ({ key: `account-${actor}`, account: actor, role: actorInfo[actor].role ?? undefined, region: actorInfo[actor].region ?? null, school: actorInfo[actor].school }))

export async function createFixtures(): Promise<Fixtures> {
  const token = await admin()
  const image = await png(`matrix-${run}.png`)
  const document = await pdf(`matrix-${run}.pdf`)
  const caption = vtt(`matrix-${run}.vtt`)
  const files: Record<string, TestFile> = { media: image, documents: document, 'video-files': caption }
  const fileData: Record<string, Record<string, unknown>> = {
    media: { alt: `權限測試圖片 ${run}` },
    documents: { title: `權限測試文件 ${run}` },
    'video-files': { description: `權限測試字幕 ${run}` },
  }

  const schools = {
    north: (await create('schools', { name: `北區權限測試大學 ${run}`, county: countyOf.north, unitName: '職涯中心' })).id as string,
    south: (await create('schools', { name: `南區權限測試大學 ${run}`, county: countyOf.south, unitName: '職涯中心' })).id as string,
  }

  // Accounts: the test administrator, and one account per other actor.
  const me = await api('/users/me', { token })
  const accounts = { admin: me.body.user.id } as Record<Actor, string>
  const tokens = { public: undefined, admin: token } as Record<Actor, string | undefined>
  const emailOf = (actor: Actor) => `matrix-${actor}-${run}@career.test`
  for (const actor of Object.keys(actorInfo) as Actor[]) {
    const info = actorInfo[actor]
    if (!info.role || actor === 'admin') continue
    const account = await create('users', {
      email: emailOf(actor),
      password,
      name: `權限測試 ${actor}`,
      role: info.role,
      ...(info.role === 'convener' ? { region: info.region } : {}),
      ...(info.school ? { school: schools[info.school] } : {}),
    })
    accounts[actor] = account.id
    tokens[actor] = await login(baseURL(), { email: emailOf(actor), password })
  }
  const deactivated = await api(`/users/${accounts.deactivated}`, { method: 'PATCH', json: { active: false }, token })
  if (deactivated.status !== 200) throw new Error(`deactivating answered ${deactivated.status}: ${deactivated.text}`)

  const media = await upload('media', image, { alt: `權限測試封面 ${run}` })
  const pdfDocument = await upload('documents', document, { title: `權限測試附件 ${run}` })
  const imageId = media.body.doc.id
  const documentId = pdfDocument.body.doc.id

  const title = (what: string) => `權限 ${what} ${run} ${unique()}`
  const zones = { published: 'subsidy', draft: 'awards', spare: 'seed-teacher-training' }

  /** Data for a document of `collection` with the given traits (status and region where they apply). */
  const dataFor = (collection: string, traits: Traits): Record<string, unknown> => {
    const status = traits.status ? { _status: traits.status } : {}
    const region = traits.region !== undefined ? { region: traits.region } : {}
    switch (collection) {
      case 'news':
        return { title: title('最新消息'), category: 'announcement', ...region, ...status }
      case 'galleries':
        return { title: title('活動花絮'), event: '職涯博覽會', eventDate: '2025-05-20T00:00:00.000Z', photos: [{ image: imageId }], ...region, ...status }
      case 'materials':
        return { title: title('教材'), kind: 'student-materials', editionYear: 2024, file: documentId, ...status }
      case 'library':
        return { title: title('圖書館'), itemType: 'link', summary: '摘要', url: 'https://www.yda.gov.tw/', ...status }
      case 'survey-reports':
        return { title: title('調查報告'), year: 2024, summary: '摘要', ...status }
      case 'pages':
        return { title: title('頁面'), kind: 'other', body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '內容', version: 1 }], version: 1 }], direction: null, format: '', indent: 0, version: 1 } }, ...status }
      case 'project-zones':
        return { title: title('專案專區'), zone: traits.status === 'published' ? zones.published : zones.draft, summary: '摘要', ...status }
      case 'ebooks':
        return { title: title('電子書'), summary: '摘要', file: documentId, ...status }
      case 'videos':
        return { title: title('影片'), summary: '摘要', externalURL: 'https://www.youtube.com/watch?v=career', ...status }
      case 'cases':
        return {
          title: title('優良範例'),
          school: schools[traits.school as 'north' | 'south'],
          academicYear: 113,
          planType: 'cross-unit',
          activityFormat: 'single-event',
          summary: '摘要',
          ...(traits.reviewers ? { reviewers: traits.reviewers.map((actor) => accounts[actor]) } : {}),
        }
      case 'links':
        return { title: title('連結'), url: 'https://www.mol.gov.tw/', group: 'government' }
      case 'schools':
        return { name: title('學校'), county: countyOf.north, unitName: '職涯中心' }
      case 'regions':
        return { name: title('區域'), region: traits.region }
      default:
        throw new Error(`No fixture data for ${collection}`)
    }
  }

  /**
   * A failed schedule, as only the job runner makes one: the account of `by` schedules the publish
   * of a northern news draft a moment ahead, and a later draft empties a required field.
   */
  const failedSchedule = async (by: string): Promise<string> => {
    const news = await create('news', dataFor('news', { region: 'north', status: 'draft' }), '?draft=true')
    const waitUntil = new Date(Date.now() + 1500).toISOString()
    const scheduled = await api('/payload-jobs/schedule-publish', { method: 'POST', token: by, json: { type: 'publish', doc: { relationTo: 'news', value: news.id }, waitUntil } })
    if (scheduled.status !== 201) throw new Error(`scheduling answered ${scheduled.status}: ${scheduled.text.slice(0, 500)}`)
    const emptied = await api(`/news/${news.id}?draft=true`, { method: 'PATCH', token, json: { category: null, _status: 'draft' } })
    if (emptied.status !== 200) throw new Error(`emptying a field answered ${emptied.status}: ${emptied.text.slice(0, 500)}`)
    for (let tries = 0; tries < 60; tries++) {
      const failures = await api(`/schedule-failures?where[documentId][equals]=${news.id}&depth=0`, { token })
      if (failures.body?.docs?.[0]) return failures.body.docs[0].id
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(`The schedule of news ${news.id} did not fail within 30 s`)
  }

  /** Creates a document with these traits, by the administrator or the uploader named in them. */
  const make = async (collection: string, variant: Variant): Promise<Target> => {
    if (uploadCollections.includes(collection)) {
      const by = variant.createdBy ?? 'admin'
      const reply = await upload(collection, files[collection]!, fileData[collection]!, { token: tokens[by] })
      if (reply.status !== 201) throw new Error(`upload to ${collection} as ${by} answered ${reply.status}: ${reply.text.slice(0, 500)}`)
      return { ...variant, id: reply.body.doc.id }
    }
    if (collection === 'users') {
      const email = `matrix-${variant.key}-${unique()}@career.test`
      const doc = await create('users', { email, password, name: '權限測試帳號', role: variant.role, ...(variant.school ? { school: schools[variant.school] } : {}) })
      return { ...variant, id: doc.id, account: undefined }
    }
    if (collection === 'case-reviews') {
      const reply = await api('/case-reviews', {
        method: 'POST',
        token: tokens['reviewer-assigned'],
        json: { case: targets.cases!.find((target) => target.key === 'assigned')!.id, score: 80, recommendation: 'approve', comment: '評審意見' },
      })
      if (reply.status !== 201) throw new Error(`a review answered ${reply.status}: ${reply.text.slice(0, 500)}`)
      return { ...variant, id: reply.body.doc.id }
    }
    if (collection === 'schedule-failures') return { ...variant, id: await failedSchedule(tokens[variant.createdBy!]!) }
    if (collection === 'audit-log' || collection === 'site-builds') {
      const latest = await api(`/${collection}?limit=1&depth=0`, { token })
      if (!latest.body?.docs?.[0]) throw new Error(`no ${collection} entry to test with: ${latest.status} ${latest.text.slice(0, 300)}`)
      return { ...variant, id: latest.body.docs[0].id }
    }
    const doc = await create(collection, dataFor(collection, variant))
    if (collection === 'cases' && variant.workflowStatus && variant.workflowStatus !== 'draft') {
      const path = { submitted: ['submitted'], approved: ['submitted', 'approved'], published: ['submitted', 'approved', 'published'], returned: ['submitted', 'returned'] }
      for (const step of path[variant.workflowStatus]) {
        const reply = await api(`/cases/${doc.id}`, { method: 'PATCH', token, json: { workflowStatus: step, workflowComment: '測試' } })
        if (reply.status !== 200) throw new Error(`case step to ${step} answered ${reply.status}: ${reply.text.slice(0, 500)}`)
      }
    }
    return { ...variant, id: doc.id }
  }

  const targets: Record<string, Target[]> = {}
  for (const [collection, list] of Object.entries(variants)) {
    targets[collection] = []
    for (const variant of list) {
      targets[collection].push(collection === 'users' ? { ...variant, id: accounts[variant.account!] } : await make(collection, variant))
    }
  }

  const spareZone = zones.spare
  const fresh = async (collection: string, key: string): Promise<Target> => {
    const target = targets[collection]!.find((candidate) => candidate.key === key)
    if (!target) throw new Error(`No ${collection} target ${key}`)
    const { id: _id, ...variant } = target
    if (collection === 'users') return make('users', { ...variant, key })
    if (collection === 'project-zones') {
      const doc = await create(collection, { ...dataFor(collection, variant), zone: spareZone })
      return { ...variant, id: doc.id }
    }
    if (collection === 'regions') return { ...variant, region: 'south', id: (await create('regions', dataFor('regions', { region: 'south' }))).id }
    return make(collection, variant)
  }

  const createData = (collection: string, actor: Actor): { data: Record<string, unknown>; traits: Traits; file?: TestFile } => {
    // Each new document is in the north, for the north's school: conveners and schools of the south may not make it.
    const traits: Traits = { region: 'north', school: 'north', status: 'draft' }
    if (uploadCollections.includes(collection)) return { data: fileData[collection]!, traits, file: files[collection] }
    if (collection === 'users') {
      return { data: { email: `matrix-new-${actor}-${unique()}@career.test`, password, name: '新帳號', role: 'school', school: schools.north }, traits: { ...traits, role: 'school' } }
    }
    if (collection === 'case-reviews') {
      const assigned = targets.cases!.find((target) => target.key === 'assigned')!
      return { data: { case: assigned.id, score: 70, recommendation: 'revise', comment: '請補充。' }, traits: { reviewers: assigned.reviewers } }
    }
    if (collection === 'project-zones') return { data: { ...dataFor(collection, traits), zone: spareZone }, traits }
    if (collection === 'audit-log') return { data: { at: new Date().toISOString(), action: 'update', summary: `權限測試 ${run}` }, traits }
    if (collection === 'site-builds') return { data: { status: 'live', summary: `權限測試 ${run}` }, traits }
    if (collection === 'schedule-failures') {
      return { data: { collectionSlug: 'news', documentId: 'none', type: 'publish', failedAt: new Date().toISOString(), reason: 'error' }, traits }
    }
    if (collection === 'regions') return { data: dataFor('regions', { region: 'south' }), traits }
    return { data: dataFor(collection, traits), traits }
  }

  const changes: Record<string, Record<string, unknown>> = {
    media: { caption: `改過 ${run}` },
    documents: { description: `改過 ${run}` },
    'video-files': { description: `改過 ${run}` },
    users: { name: `改過 ${run}` },
    'case-reviews': { comment: `改過 ${run}` },
    schools: { phone: '02-1234-5678' },
    regions: { description: `改過 ${run}` },
    cases: { summary: `改過 ${run}` },
    links: { description: `改過 ${run}` },
    'audit-log': { summary: `改過 ${run}` },
    'site-builds': { status: 'failed', summary: `改過 ${run}` },
    'schedule-failures': { reason: 'error' },
  }
  const change = (collection: string) => changes[collection] ?? { title: `改過 ${collection} ${run} ${unique()}` }

  /** Project zones and regions hold unique values other test files use: remove every one made here; deactivate the accounts. */
  const cleanup = async () => {
    for (const [collection, field] of [['project-zones', 'title'], ['regions', 'name']] as const) {
      const trash = collection === 'project-zones' ? 'trash=true' : ''
      const mine = async () => (await api(`/${collection}?limit=100&depth=0&${trash}&where[${field}][contains]=${encodeURIComponent(run)}`, { token })).body.docs as Array<{ id: string }>
      for (const doc of await mine()) await api(`/${collection}/${doc.id}?${trash}`, { method: 'DELETE', token })
      const left = await mine()
      if (left.length > 0) throw new Error(`${left.length} ${collection} of the access matrix could not be removed`)
    }
    // The matrix's accounts would otherwise be, for later test files, extra conveners who receive the region's notices.
    const active = (await api('/users?limit=1000&depth=0&where[email][like]=matrix-&where[active][equals]=true', { token })).body.docs as Array<{ id: string }>
    for (const { id } of active) await api(`/users/${id}`, { method: 'PATCH', token, json: { active: false } })
  }

  return { tokens, accounts, schools, targets, fresh, createData, change, cleanup }
}

/** Removes a spent document for good when its collection holds unique values (project zones, regions). */
export async function release(collection: string, id: string) {
  if (collection !== 'project-zones' && collection !== 'regions') return
  const trash = collection === 'project-zones' ? '?trash=true' : ''
  await api(`/${collection}/${id}${trash}`, { method: 'DELETE', token: await admin() })
}
