/**
 * The upload corpus (media/corpus) over HTTP, uploaded by an editor (contractor staff): every bad
 * file is refused with its own message in the requester's language and leaves nothing behind (no
 * document, no stored file, no temporary file); every good one is stored with the right metadata.
 * Also: no upload by URL (the server fetches nothing), and the headers stored files are served with.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type BadFile, badFiles, type GoodFile, goodFiles } from 'media/corpus'
import { captionTypes, documentTypes, fileTypeNames, imageTypes, videoTypes } from 'media'

import { messages } from '../../src/messages'
import { login } from '../support/accounts'
import {
  admin,
  api,
  baseURL,
  count,
  create,
  fieldErrors,
  messageFor,
  temporaryFiles,
  unique,
  upload,
  uploadedFilePath,
  uploadedFiles,
  type ValidationErrorBody,
} from '../support/api'
import type { Reply } from '../support/http'

type Language = 'zh-TW' | 'en'

const accepted: Record<string, readonly string[]> = {
  media: imageTypes,
  documents: documentTypes,
  'video-files': [...videoTypes, ...captionTypes],
}

/** The fields each collection needs besides the file. */
const fieldsFor = (collection: string, what: string): Record<string, unknown> =>
  collection === 'media' ? { alt: `測試圖片：${what}` } : collection === 'documents' ? { title: `測試文件：${what}` } : { description: what }

/** The message a bad file must be refused with, filled in as the server fills it. */
function expectedMessage(file: BadFile, language: Language): string {
  const separator = language === 'en' ? ', ' : '、'
  const types = accepted[file.collection]!.map((type) => fileTypeNames[type] ?? type).join(separator)
  const values: Record<string, string> = { types, ...file.values }
  return messages[file.refusal][language].replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder)
}

/** The refusal's message: a 413's only error, or the file field's error of a 400. */
function refusalMessage(reply: Reply<ValidationErrorBody>, status: number): string {
  if (status === 413) return reply.body?.errors?.[0]?.message ?? ''
  expect(reply.body.errors[0]?.name).toBe('ValidationError')
  return messageFor(reply, 'file')
}

/** What a refused upload must not change. */
async function leftovers(collection: string) {
  return { documents: await count(collection), files: uploadedFiles(collection), temporary: temporaryFiles() }
}

/**
 * A form's `filename="…"` cannot carry control characters (a parser refuses the part header), so
 * such names travel as RFC 5987 `filename*=UTF-8''…`, which the server decodes.
 */
const needsEncodedName = (name: string) => /[\u0000-\u001f\u007f]/.test(name)

function uploadWithEncodedName(collection: string, file: BadFile, data: Record<string, unknown>, options: { token: string; language?: string }) {
  const boundary = `----corpus${unique()}`
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(data)}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodeURIComponent(file.name)}\r\n`),
    Buffer.from(`Content-Type: ${file.type}\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return api(`/${collection}`, { method: 'POST', raw: { body, contentType: `multipart/form-data; boundary=${boundary}` }, ...options })
}

/** Uploads a bad file as the editor, in the given language. */
const uploadBad = async (file: BadFile, language?: string) =>
  (needsEncodedName(file.name)
    ? await uploadWithEncodedName(file.collection, file, fieldsFor(file.collection, file.what), { token: editor, language })
    : await upload(file.collection, file, fieldsFor(file.collection, file.what), { token: editor, language })) as Reply<ValidationErrorBody>

let editor: string
let editorId: string

beforeAll(async () => {
  const email = `corpus-${unique()}@career.test`
  const password = `amber-lantern-${unique()}-rivers`
  editorId = (await create('users', { email, password, name: '上傳測試編輯', role: 'contractor' })).id
  editor = await login(baseURL(), { email, password })
})

// Later test files must not find an extra active account.
afterAll(async () => {
  const reply = await api(`/users/${editorId}`, { method: 'PATCH', json: { active: false }, token: await admin() })
  expect(reply.status, reply.text).toBe(200)
})

const bad = await badFiles()
const good = await goodFiles()

test('the corpus has at least 30 bad and 10 good files', () => {
  expect(bad.length).toBeGreaterThanOrEqual(30)
  expect(good.length).toBeGreaterThanOrEqual(10)
})

describe('bad files are refused in Chinese and leave nothing behind', () => {
  test.each(bad)('$what → $refusal', async (file) => {
    const before = await leftovers(file.collection)
    const reply = await uploadBad(file)
    expect(reply.status, reply.text.slice(0, 500)).toBe(file.status)
    expect(refusalMessage(reply, file.status)).toBe(expectedMessage(file, 'zh-TW'))
    expect(await leftovers(file.collection)).toEqual(before)
  })
})

describe('each kind of refusal in English', () => {
  const oneOfEachKind = [...new Map(bad.map((file) => [file.refusal, file])).values()]
  test.each(oneOfEachKind)('$refusal ($what)', async (file) => {
    const reply = await uploadBad(file, 'en')
    expect(reply.status, reply.text.slice(0, 500)).toBe(file.status)
    expect(refusalMessage(reply, file.status)).toBe(expectedMessage(file, 'en'))
  })
})

describe('good files are accepted with the right metadata', () => {
  const stored = new Map<GoodFile, Record<string, any>>()

  test.each(good)('$what ($name)', async (file) => {
    const temporaryBefore = temporaryFiles()
    const reply = await upload(file.collection, file, fieldsFor(file.collection, file.what), { token: editor })
    expect(reply.status, reply.text.slice(0, 500)).toBe(201)
    const doc = reply.body.doc
    stored.set(file, doc)
    const [stem, extension] = [file.name.slice(0, file.name.lastIndexOf('.')), file.name.slice(file.name.lastIndexOf('.'))]
    // The name is kept as uploaded (Chinese included); Payload numbers a name already taken.
    expect(doc.filename).toMatch(new RegExp(`^${stem}(-\\d+)?${extension.replace('.', '\\.')}$`))
    expect(doc).toMatchObject(file.expected)
    expect(uploadedFiles(file.collection)).toContain(doc.filename)
    // The size of the file as stored (Payload writes GIFs anew, so it may differ from the upload's).
    expect(doc.filesize).toBe(fs.statSync(uploadedFilePath(file.collection, doc.filename)).size)
    const storedBytes = fs.readFileSync(uploadedFilePath(file.collection, doc.filename))
    if (file.collection === 'media') {
      // Images are stored without their metadata: nothing of the photo's EXIF (its GPS position among it) remains.
      const metadata = await sharp(storedBytes).metadata()
      expect([metadata.exif, metadata.xmp, metadata.iptc]).toEqual([undefined, undefined, undefined])
    } else {
      expect(storedBytes.equals(Buffer.from(file.bytes))).toBe(true)
    }
    for (const size of Object.values<{ filename?: string | null }>(doc.sizes ?? {})) {
      expect(size.filename, JSON.stringify(doc.sizes)).toBeTruthy()
      expect(uploadedFiles(file.collection)).toContain(size.filename)
    }
    if (file.collection === 'media') expect(Object.keys(doc.sizes ?? {}).length).toBeGreaterThan(0)
    expect(temporaryFiles()).toEqual(temporaryBefore)
  })

  test('stored files are served with nosniff; documents, videos and captions with a safe name, as downloads but PDFs', async () => {
    const served = async (file: GoodFile) => {
      const doc = stored.get(file)
      expect(doc, `${file.what} was not stored`).toBeDefined()
      const reply = await api(`/${file.collection}/file/${encodeURIComponent(doc!.filename)}`)
      expect(reply.status).toBe(200)
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
      return { doc: doc!, disposition: reply.headers['content-disposition'] }
    }
    for (const file of good.filter((candidate) => candidate.collection === 'media')) {
      expect((await served(file)).disposition).toBeUndefined()
    }
    for (const file of good.filter((candidate) => candidate.collection !== 'media')) {
      const { doc, disposition } = await served(file)
      // PDFs open in place (the e-book reader frames them); other files are saved.
      const kind = doc.mimeType === 'application/pdf' ? 'inline' : 'attachment'
      expect(disposition).toBe(`${kind}; filename="${doc.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
    }
  })
})

describe('no upload by URL: the server fetches nothing', () => {
  let target: http.Server
  let targetURL: string
  const received: string[] = []

  beforeAll(async () => {
    target = http.createServer((request, response) => {
      received.push(`${request.method} ${request.url}`)
      response.writeHead(200, { 'content-type': 'image/png' }).end()
    })
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve))
    targetURL = `http://127.0.0.1:${(target.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => target.close(() => resolve())))

  test.each(['media', 'documents', 'video-files'])('creating %s with a url on the loopback address is refused', async (collection) => {
    const before = await leftovers(collection)
    const data = { ...fieldsFor(collection, 'by URL'), filename: 'internal.png', url: `${targetURL}/internal.png` }
    const reply = (await api(`/${collection}`, { method: 'POST', json: data, token: editor })) as Reply<ValidationErrorBody>
    expect(reply.status, reply.text).toBe(400)
    expect(fieldErrors(reply).find((error) => error.path === 'url')?.message).toBe(messages.uploadByURL['zh-TW'])
    expect(await leftovers(collection)).toEqual(before)
    expect(received).toEqual([])
  })

  test("Payload's paste-from-URL endpoint is off", async () => {
    const reply = await api(`/media/paste-url?src=${encodeURIComponent(`${targetURL}/pasted.png`)}`, { token: editor })
    expect(reply.status, reply.text).toBe(400)
    expect(received).toEqual([])
  })

  test("editing a stored image's url fetches nothing and keeps the stored file", async () => {
    const [photo] = good.filter((file) => file.collection === 'media')
    const created = await upload('media', { ...photo!, name: `kept-${unique()}.jpg` }, fieldsFor('media', 'kept'), { token: editor })
    expect(created.status, created.text.slice(0, 300)).toBe(201)
    const { id, url, filename } = created.body.doc
    const reply = await api(`/media/${id}`, {
      method: 'PATCH',
      json: { url: `${targetURL}/elsewhere.jpg`, filename: 'elsewhere.jpg', focalX: 10, focalY: 10 },
      token: editor,
    })
    expect(reply.status, reply.text.slice(0, 300)).toBe(200)
    expect(reply.body.doc).toMatchObject({ url, filename, focalX: 10, focalY: 10 })
    expect(received).toEqual([])
  })
})
