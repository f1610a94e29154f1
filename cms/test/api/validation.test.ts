/**
 * Input a user can get wrong: answered with HTTP 400, a message per field in the requester's
 * language (Chinese by default), and nothing written — no document, no version, no file.
 */
import { describe, expect, test } from 'vitest'

import { messages } from '../../src/messages'
import {
  admin,
  api,
  chinese,
  count,
  countVersions,
  create,
  english,
  fieldErrors,
  messageFor,
  unique,
  upload,
  uploadedFiles,
  type ValidationErrorBody,
} from '../support/api'
import { htmlPretendingToBePng, png, type TestFile } from '../support/files'
import type { Reply } from '../support/http'

type Language = 'zh-TW' | 'en'

const requesters: Array<{ name: string; header: string | undefined; language: Language }> = [
  { name: 'Accept-Language: zh-TW', header: 'zh-TW', language: 'zh-TW' },
  { name: 'no Accept-Language header', header: undefined, language: 'zh-TW' },
  { name: 'Accept-Language: en', header: 'en', language: 'en' },
  { name: 'a browser preferring English', header: 'en-GB,en;q=0.9,zh-TW;q=0.5', language: 'en' },
]

/** Payload's own messages, as its zh-TW and English translations word them. */
const payloadMessages = {
  required: { 'zh-TW': '此欄位為必填項目。', en: 'This field is required.' },
  invalidSelection: { 'zh-TW': '此欄位的選取項目無效。', en: 'This field has an invalid selection.' },
  unique: { 'zh-TW': '此欄位的值必須是唯一的', en: 'Value must be unique' },
  fieldsInvalid: { 'zh-TW': '以下欄位無效：', en: /^The following fields? (is|are) invalid:/ },
}

/** The state that a refused request must leave untouched. */
async function snapshot(collection: string, { versions = false, files = false } = {}) {
  return {
    documents: await count(collection),
    versions: versions ? await countVersions(collection) : undefined,
    files: files ? uploadedFiles(collection) : undefined,
  }
}

function expectRefused(reply: Reply<ValidationErrorBody>, language: Language, fieldPath: string) {
  expect(reply.status, reply.text).toBe(400)
  expect(reply.body.errors[0]?.name).toBe('ValidationError')
  expect(fieldErrors(reply).map((error) => error.path)).toContain(fieldPath)
  const summary = reply.body.errors[0]!.message
  if (language === 'en') expect(summary).toMatch(payloadMessages.fieldsInvalid.en)
  else expect(summary.startsWith(payloadMessages.fieldsInvalid['zh-TW'])).toBe(true)
  const message = messageFor(reply, fieldPath)
  if (language === 'en') {
    expect(message).toMatch(english)
    expect(message).not.toMatch(chinese)
  } else {
    expect(message).toMatch(chinese)
  }
  return message
}

const run = unique()

describe.each(requesters)('bad input from $name', ({ header, language }) => {
  const tag = `${language}-${header ? header.slice(0, 5).replace(/\W/g, '') : 'none'}-${run}`.toLowerCase()

  test('a missing required field', async () => {
    const before = await snapshot('news', { versions: true })
    const reply = await api('/news', { method: 'POST', json: { category: 'announcement', summary: '沒有標題' }, token: await admin(), language: header })
    expect(expectRefused(reply, language, 'title')).toBe(payloadMessages.required[language])
    expect(await snapshot('news', { versions: true })).toEqual(before)
  })

  test('an unknown select value', async () => {
    const before = await snapshot('news', { versions: true })
    const reply = await api('/news', { method: 'POST', json: { title: `不存在的類別 ${tag}`, category: 'gossip' }, token: await admin(), language: header })
    expect(expectRefused(reply, language, 'category')).toBe(payloadMessages.invalidSelection[language])
    expect(await snapshot('news', { versions: true })).toEqual(before)
  })

  test('an unknown select value in an update leaves the document as it was', async () => {
    const doc = await create('news', { title: `更新前 ${tag}`, category: 'event', _status: 'published' })
    const before = await snapshot('news', { versions: true })
    const reply = await api(`/news/${doc.id}`, {
      method: 'PATCH',
      json: { title: `不該寫入 ${tag}`, category: 'gossip' },
      token: await admin(),
      language: header,
    })
    expect(expectRefused(reply, language, 'category')).toBe(payloadMessages.invalidSelection[language])
    expect(await snapshot('news', { versions: true })).toEqual(before)
    const stored = await api(`/news/${doc.id}`, { token: await admin() })
    expect(stored.body).toMatchObject({ title: `更新前 ${tag}`, category: 'event' })
  })

  test('a duplicate slug', async () => {
    const slug = `duplicate-${tag}`
    await create('news', { title: `第一則 ${tag}`, category: 'announcement', slug })
    const before = await snapshot('news', { versions: true })
    const reply = await api('/news', { method: 'POST', json: { title: `第二則 ${tag}`, category: 'announcement', slug }, token: await admin(), language: header })
    expect(expectRefused(reply, language, 'slug')).toBe(payloadMessages.unique[language])
    expect(await snapshot('news', { versions: true })).toEqual(before)
    const withSlug = await api(`/news?where[slug][equals]=${slug}&depth=0`, { token: await admin() })
    expect(withSlug.body.docs.map((doc: { title: string }) => doc.title)).toEqual([`第一則 ${tag}`])
  })

  test('a malformed slug', async () => {
    const before = await snapshot('news', { versions: true })
    const reply = await api('/news', { method: 'POST', json: { title: `格式錯誤 ${tag}`, category: 'announcement', slug: '中文 slug' }, token: await admin(), language: header })
    expect(expectRefused(reply, language, 'slug')).toBe(messages.slugFormat[language])
    expect(await snapshot('news', { versions: true })).toEqual(before)
  })

  const refusedUploads: Array<{ what: string; collection: string; file: () => Promise<TestFile> | TestFile; data: Record<string, unknown> }> = [
    { what: 'HTML named .png to media', collection: 'media', file: () => htmlPretendingToBePng(`fake-${tag}.png`), data: { alt: '假圖片' } },
    { what: 'a PNG to documents', collection: 'documents', file: () => png(`image-${tag}.png`), data: { title: '不是文件' } },
    {
      what: 'a PNG named .pdf to documents',
      collection: 'documents',
      file: async () => ({ ...(await png()), name: `image-${tag}.pdf`, type: 'application/pdf' }),
      data: { title: '偽裝的 PDF' },
    },
    {
      what: 'HTML named .vtt to video-files',
      collection: 'video-files',
      file: () => ({ ...htmlPretendingToBePng(), name: `fake-${tag}.vtt`, type: 'text/vtt' }),
      data: { description: '假字幕' },
    },
  ]

  test.each(refusedUploads)('the wrong file type: $what', async ({ collection, file, data }) => {
    const before = await snapshot(collection, { files: true })
    const reply = await upload(collection, await file(), data, { language: header })
    const message = expectRefused(reply as Reply<ValidationErrorBody>, language, 'file')
    expect(message.startsWith(messages.fileTypeNotAllowed[language].split('{types}')[0]!)).toBe(true)
    expect(await snapshot(collection, { files: true })).toEqual(before)
  })
})

describe('replacing a stored file', () => {
  test('with HTML pretending to be a PNG is refused, and the stored image stays', async () => {
    const token = await admin()
    const original = await upload('media', await png(`keep-${run}.png`), { alt: '保留的圖片' })
    expect(original.status, original.text).toBe(201)
    const before = await snapshot('media', { files: true })
    const form = new FormData()
    const fake = htmlPretendingToBePng(`replacement-${run}.png`)
    form.append('file', new Blob([new Uint8Array(fake.bytes)], { type: fake.type }), fake.name)
    form.append('_payload', JSON.stringify({ alt: '不該寫入' }))
    const reply = await api(`/media/${original.body.doc.id}`, { method: 'PATCH', form, token })
    expect(expectRefused(reply, 'zh-TW', 'file').startsWith(messages.fileTypeNotAllowed['zh-TW'].split('{types}')[0]!)).toBe(true)
    expect(await snapshot('media', { files: true })).toEqual(before)
    const stored = await api(`/media/${original.body.doc.id}`)
    expect(stored.body).toMatchObject({ alt: '保留的圖片', filename: `keep-${run}.png`, mimeType: 'image/png' })
  })
})
