/**
 * Create, read, update and delete for every collection and read/update for every global, over
 * REST as the administrator, with the public's view of each document alongside.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, test } from 'vitest'

import { admin, api, baseURL, count, unique, upload, uploadedFiles } from '../support/api'
import { login } from '../support/accounts'
import { pdf, png, vtt } from '../support/files'
import { request } from '../support/http'
import { richText } from '../../src/seed/lexical'

type RoundTrip = {
  collection: string
  data: Record<string, unknown>
  change: Record<string, unknown>
  /** Fields sent but not compared (write-only or normalised by the server). */
  unchecked?: string[]
  /** What the public gets reading the document: it, a refusal (403), or nothing there (404, a draft). */
  anonymousReadStatus?: 200 | 403 | 404
}

const without = (data: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)))

/** POST, GET, PATCH, GET, DELETE, GET — checking the stored values and the count at each step. */
async function roundTrip({ collection, data, change, unchecked = [], anonymousReadStatus = 200 }: RoundTrip) {
  const token = await admin()
  const before = await count(collection)

  const anonymousCreate = await api(`/${collection}`, { method: 'POST', json: data })
  expect(anonymousCreate.status, 'the public may not create').toBe(403)
  expect(await count(collection)).toBe(before)

  const created = await api(`/${collection}?depth=0`, { method: 'POST', json: data, token })
  expect(created.status, created.text).toBe(201)
  const id = created.body.doc.id as string
  expect(id).toBeTruthy()
  expect(created.body.doc).toMatchObject(without(data, unchecked))
  expect(await count(collection)).toBe(before + 1)

  const read = await api(`/${collection}/${id}?depth=0`, { token })
  expect(read.status).toBe(200)
  expect(read.body).toMatchObject({ id, ...without(data, unchecked) })

  const anonymousRead = await api(`/${collection}/${id}?depth=0`)
  expect(anonymousRead.status).toBe(anonymousReadStatus)
  if (anonymousReadStatus === 200) expect(anonymousRead.body.id).toBe(id)

  const anonymousUpdate = await api(`/${collection}/${id}`, { method: 'PATCH', json: change })
  expect(anonymousUpdate.status, 'the public may not update').toBe(403)

  const updated = await api(`/${collection}/${id}?depth=0`, { method: 'PATCH', json: change, token })
  expect(updated.status, updated.text).toBe(200)
  expect(updated.body.doc).toMatchObject(without(change, unchecked))

  const reread = await api(`/${collection}/${id}?depth=0`, { token })
  expect(reread.body).toMatchObject({ id, ...without(change, unchecked) })

  const anonymousDelete = await api(`/${collection}/${id}`, { method: 'DELETE' })
  expect(anonymousDelete.status, 'the public may not delete').toBe(403)

  const deleted = await api(`/${collection}/${id}`, { method: 'DELETE', token })
  expect(deleted.status, deleted.text).toBe(200)
  expect((await api(`/${collection}/${id}`, { token })).status).toBe(404)
  expect(await count(collection)).toBe(before)
  return { id, created: created.body.doc, updated: updated.body.doc }
}

const run = unique()
let imageId: string
let documentId: string
let captionId: string
let schoolId: string

beforeAll(async () => {
  const token = await admin()
  const image = await upload('media', await png(`crud-fixture-${run}.png`), { alt: '測試用圖片' })
  const document = await upload('documents', await pdf(`crud-fixture-${run}.pdf`), { title: '測試用文件' })
  const caption = await upload('video-files', vtt(`crud-fixture-${run}.vtt`), { description: '測試字幕' })
  for (const reply of [image, document, caption]) expect(reply.status, reply.text).toBe(201)
  imageId = image.body.doc.id
  documentId = document.body.doc.id
  captionId = caption.body.doc.id
  const school = await api('/schools?depth=0', {
    method: 'POST',
    token,
    json: { name: `CRUD 測試大學 ${run}`, county: 'taichung-city', unitName: '職涯發展中心' },
  })
  expect(school.status, school.text).toBe(201)
  schoolId = school.body.doc.id
})

describe('content collections', () => {
  test('news', async () => {
    await roundTrip({
      collection: 'news',
      data: { title: `CRUD 最新消息 ${run}`, category: 'announcement', summary: '摘要', body: richText(['內文']), _status: 'published' },
      change: { title: `CRUD 最新消息（更新）${run}`, pinned: true, region: 'south', _status: 'published' },
      unchecked: ['body'],
    })
  })

  test('cases', async () => {
    const { created } = await roundTrip({
      collection: 'cases',
      data: {
        title: `CRUD 優良範例 ${run}`,
        school: schoolId,
        academicYear: 113,
        planType: 'cross-unit',
        activityFormat: 'single-event',
        activityKinds: ['lecture', 'workshop'],
        subsidyScopes: ['student-development'],
        summary: '跨單位合作的職涯講座。',
        photos: [{ image: imageId, caption: '講座現場' }],
        attachments: [documentId],
        award: { category: 'school', year: 2024, title: '績優學校' },
      },
      change: { academicYear: 112, topics: ['self-exploration', 'job-seeking'] },
      // Drafts until the review workflow publishes them (test/api/workflow.test.ts).
      anonymousReadStatus: 404,
    })
    expect(created.region).toBe('central')
  })

  test('galleries', async () => {
    await roundTrip({
      collection: 'galleries',
      data: {
        title: `CRUD 活動花絮 ${run}`,
        event: '職涯博覽會',
        eventDate: '2025-05-20T00:00:00.000Z',
        photos: [{ image: imageId, caption: '開幕' }],
        region: 'north',
        projectZone: 'awards',
        _status: 'published',
      },
      change: { description: '活動當天的照片。', _status: 'published' },
    })
  })

  test('materials', async () => {
    await roundTrip({
      collection: 'materials',
      data: {
        title: `CRUD 教材 ${run}`,
        kind: 'student-materials',
        editionYear: 2024,
        audiences: ['students', 'teachers'],
        file: documentId,
        cover: imageId,
        _status: 'published',
      },
      change: { trainingModule: 'industry-trends', summary: '教材簡介', _status: 'published' },
    })
  })

  test('library', async () => {
    await roundTrip({
      collection: 'library',
      data: {
        title: `CRUD 圖書館連結 ${run}`,
        itemType: 'link',
        summary: '青年發展署網站。',
        url: 'https://www.yda.gov.tw/',
        tags: ['政策', '青年'],
        _status: 'published',
      },
      change: { year: 2023, authors: '教育部青年發展署', _status: 'published' },
    })
  })

  test('pages', async () => {
    await roundTrip({
      collection: 'pages',
      data: { title: `CRUD 頁面 ${run}`, kind: 'about', body: richText(['關於平臺']), _status: 'published' },
      change: { summary: '平臺簡介', _status: 'published' },
      unchecked: ['body'],
    })
  })

  test('links', async () => {
    await roundTrip({
      collection: 'links',
      data: { title: `CRUD 連結 ${run}`, url: 'https://www.mol.gov.tw/', group: 'government' },
      change: { order: 5, description: '勞動部' },
    })
  })

  test('project-zones', async () => {
    await roundTrip({
      collection: 'project-zones',
      data: {
        title: `CRUD 專案專區 ${run}`,
        zone: 'directors-meeting',
        summary: '年度主管會議。',
        calendar: [{ title: '報名', startDate: '2025-08-01T00:00:00.000Z', endDate: '2025-08-15T00:00:00.000Z' }],
        _status: 'published',
      },
      change: { order: 4, _status: 'published' },
    })
  })

  test('ebooks', async () => {
    await roundTrip({
      collection: 'ebooks',
      data: {
        title: `CRUD 電子書 ${run}`,
        summary: '職涯輔導工作參考手冊。',
        file: documentId,
        chapters: [{ title: '第一章', page: 1 }],
        _status: 'published',
      },
      change: { year: 2024, authors: '承辦學校', _status: 'published' },
    })
  })

  test('videos', async () => {
    await roundTrip({
      collection: 'videos',
      data: {
        title: `CRUD 影片 ${run}`,
        summary: '種子教師培訓紀錄。',
        externalURL: 'https://www.youtube.com/watch?v=career',
        captions: [{ language: 'zh-TW', file: captionId }],
        poster: imageId,
        _status: 'published',
      },
      change: { durationSeconds: 120, recordedOn: '2025-10-02T00:00:00.000Z', _status: 'published' },
    })
  })
})

describe('directory and accounts', () => {
  test('schools', async () => {
    const { created, updated } = await roundTrip({
      collection: 'schools',
      data: {
        name: `CRUD 學校 ${run}`,
        county: 'taipei-city',
        unitName: '職涯發展中心',
        phone: '(02) 2345-6789 #123',
        email: 'career@example.edu.tw',
        website: 'https://www.example.edu.tw/',
      },
      change: { unitName: '學生職涯發展中心', county: 'kaohsiung-city' },
    })
    expect(created.region).toBe('north')
    expect(updated.region).toBe('south')
  })

  test('regions', async () => {
    await roundTrip({
      collection: 'regions',
      data: { name: '北區', region: 'north', counties: ['taipei-city', 'keelung-city'], conveners: [{ year: 2025, school: schoolId }] },
      change: { description: '北部九縣市。' },
    })
  })

  test('users', async () => {
    const email = `editor-${run}@career.test`
    const password = 'another-long-passphrase-7'
    await roundTrip({
      collection: 'users',
      data: { email, password, name: '編輯' },
      change: { name: '資深編輯' },
      unchecked: ['password'],
      anonymousReadStatus: 403,
    })
    // A deleted account can no longer log in.
    await expect(login(baseURL(), { email, password })).rejects.toThrow(/401/)
  })

  test('a new account can log in and read only itself', async () => {
    const token = await admin()
    const email = `reader-${run}@career.test`
    const password = 'reader-passphrase-long-9'
    const created = await api('/users', { method: 'POST', json: { email, password, name: '讀者' }, token })
    expect(created.status, created.text).toBe(201)
    const own = await login(baseURL(), { email, password })
    const me = await api('/users/me', { token: own })
    expect(me.body.user.email).toBe(email)
    expect((await api(`/users/${created.body.doc.id}`, { method: 'DELETE', token })).status).toBe(200)
  })
})

describe('upload collections (multipart with real files)', () => {
  test('media: a PNG made with sharp, with its WebP thumbnail', async () => {
    const token = await admin()
    const before = await count('media')
    const file = await png(`crud-media-${run}.png`, { width: 640, height: 480 })
    const created = await upload('media', file, { alt: '職涯博覽會現場', credit: '測試' })
    expect(created.status, created.text).toBe(201)
    const doc = created.body.doc
    expect(doc).toMatchObject({ alt: '職涯博覽會現場', mimeType: 'image/png', width: 640, height: 480, filename: file.name })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' })
    expect(await count('media')).toBe(before + 1)
    const stored = uploadedFiles('media').filter((name) => name.startsWith(`crud-media-${run}`))
    expect(stored).toEqual([file.name, doc.sizes.thumbnail.filename].sort())

    const served = await request(doc.url)
    expect(served.status).toBe(200)
    expect(Buffer.compare(served.bytes, Buffer.from(file.bytes))).toBe(0)

    const updated = await api(`/media/${doc.id}`, { method: 'PATCH', json: { alt: '博覽會入口' }, token })
    expect(updated.status).toBe(200)
    expect((await api(`/media/${doc.id}?locale=zh-TW`)).body.alt).toBe('博覽會入口')

    expect((await api(`/media/${doc.id}`, { method: 'DELETE' })).status).toBe(403)
    expect((await api(`/media/${doc.id}`, { method: 'DELETE', token })).status).toBe(200)
    expect(uploadedFiles('media').filter((name) => name.startsWith(`crud-media-${run}`))).toEqual([])
    expect(await count('media')).toBe(before)
  })

  test.each([
    { format: 'jpeg', extension: 'jpg', mimeType: 'image/jpeg' },
    { format: 'webp', extension: 'webp', mimeType: 'image/webp' },
    { format: 'gif', extension: 'gif', mimeType: 'image/gif' },
    { format: 'avif', extension: 'avif', mimeType: 'image/avif' },
  ] as const)('media accepts a real $format image, recognised by its content', async ({ format, extension, mimeType }) => {
    const bytes = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#c0392b' } })
      .toFormat(format, format === 'avif' ? { effort: 0 } : {})
      .toBuffer()
    // Declared as something else: the content decides (the name's extension must agree with it).
    const created = await upload('media', { bytes, name: `format-${format}-${run}.${extension}`, type: 'application/octet-stream' }, { alt: format })
    expect(created.status, created.text).toBe(201)
    expect(created.body.doc.mimeType).toBe(mimeType)
    expect((await api(`/media/${created.body.doc.id}`, { method: 'DELETE', token: await admin() })).status).toBe(200)
  })

  test('documents: a real PDF made with pdf-lib', async () => {
    const token = await admin()
    const before = await count('documents')
    const file = await pdf(`crud-document-${run}.pdf`)
    const created = await upload('documents', file, { title: '職涯輔導工作參考手冊' })
    expect(created.status, created.text).toBe(201)
    const doc = created.body.doc
    expect(doc).toMatchObject({ title: '職涯輔導工作參考手冊', mimeType: 'application/pdf', filesize: file.bytes.length, pageCount: 2 })
    expect(uploadedFiles('documents')).toContain(file.name)
    const served = await request(doc.url)
    expect(served.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const updated = await api(`/documents/${doc.id}?depth=0`, { method: 'PATCH', json: { description: '第二版' }, token })
    expect(updated.body.doc).toMatchObject({ description: '第二版', pageCount: 2 })
    expect((await api(`/documents/${doc.id}`, { method: 'DELETE', token })).status).toBe(200)
    expect(uploadedFiles('documents')).not.toContain(file.name)
    expect(await count('documents')).toBe(before)
  })

  test('video-files: a WebVTT caption track', async () => {
    const token = await admin()
    const before = await count('video-files')
    const file = vtt(`crud-captions-${run}.vtt`)
    const created = await upload('video-files', file, { description: '中文字幕' })
    expect(created.status, created.text).toBe(201)
    const doc = created.body.doc
    expect(doc).toMatchObject({ description: '中文字幕', mimeType: 'text/vtt', filename: file.name })
    const served = await request(doc.url)
    expect(served.text).toContain('歡迎收看職涯輔導影片。')

    const updated = await api(`/video-files/${doc.id}?depth=0`, { method: 'PATCH', json: { description: '英文字幕' }, token })
    expect(updated.body.doc.description).toBe('英文字幕')
    expect((await api(`/video-files/${doc.id}`, { method: 'DELETE', token })).status).toBe(200)
    expect(uploadedFiles('video-files')).not.toContain(file.name)
    expect(await count('video-files')).toBe(before)
  })
})

describe('globals', () => {
  const globals = [
    {
      slug: 'site-settings',
      data: {
        siteName: '大專校院職涯輔導資訊平臺',
        agencyName: '教育部青年發展署',
        agencyURL: 'https://www.yda.gov.tw/',
        description: `測試網站簡介 ${run}`,
        contact: { phone: '02-7736-5678', email: 'service@career.test' },
      },
    },
    {
      slug: 'header-navigation',
      data: { items: [{ label: `最新消息 ${run}`, href: '/news', children: [{ label: '公告', href: '/news?category=announcement' }] }] },
    },
    { slug: 'footer', data: { links: [{ label: '隱私權政策', href: '/privacy' }], copyright: `© ${run} 教育部青年發展署` } },
  ]

  test.each(globals)('$slug: the public reads it, only an administrator updates it', async ({ slug, data }) => {
    const token = await admin()
    expect((await api(`/globals/${slug}`)).status).toBe(200)

    const refused = await api(`/globals/${slug}`, { method: 'POST', json: data })
    expect(refused.status).toBe(403)

    const updated = await api(`/globals/${slug}`, { method: 'POST', json: data, token })
    expect(updated.status, updated.text).toBe(200)
    expect(updated.body.result).toMatchObject(data)

    const read = await api(`/globals/${slug}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject(data)
  })
})
