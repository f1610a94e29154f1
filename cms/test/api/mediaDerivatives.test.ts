/**
 * What the CMS makes of an upload: an image stored without its location and turned upright, the
 * portal's variants made by the background worker around the focal point, a PDF's cover and
 * facts, a video's duration and size, and a video published only with captions.
 */
import fs from 'node:fs'
import path from 'node:path'

import { imageFingerprint, planVariants, type PlannedImage, presetNames } from 'media'
import { PDFDocument, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, inject, test } from 'vitest'

import { messages } from '../../src/messages'
import { admin, api, baseURL, create, messageFor, unique, upload, uploadedFiles } from '../support/api'
import { mp4, pdf, vtt, type TestFile } from '../support/files'
import { request } from '../support/http'

/** A GPS position and a camera serial number, as a phone writes them. */
const location = {
  IFD0: { Make: 'Phone', Model: 'Camera 1' },
  IFD2: { BodySerialNumber: 'SN-987654' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '25/1 2/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 33/1 0/1' },
}

/** Left half red, right half blue. */
async function halves(width: number, height: number) {
  const left = await sharp({ create: { width: width / 2, height, channels: 3, background: '#ff0000' } }).png().toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#0000ff' } }).composite([{ input: left, left: 0, top: 0 }])
}

/** A file the server serves, read back over HTTP. */
async function served(url: string): Promise<Buffer> {
  const reply = await request(new URL(url, baseURL()).href, { token: await admin() })
  expect(reply.status, url).toBe(200)
  return reply.bytes
}

async function expectNoLocation(bytes: Buffer) {
  const metadata = await sharp(bytes).metadata()
  expect(metadata.exif).toBeUndefined()
  expect(metadata.xmp).toBeUndefined()
  expect(bytes.includes('SN-987654')).toBe(false)
}

const imageCache = () => path.join(inject('cmsDataDir'), 'image-cache')

/** The portal variants of a stored image, as the site build will ask for them. */
function plannedVariants(image: PlannedImage) {
  const fingerprint = imageFingerprint(fs.readFileSync(path.join(inject('cmsDataDir'), 'uploads', 'media', image.filename!)))
  return presetNames.flatMap((preset) => planVariants(image, preset, fingerprint).map((variant) => ({ ...variant, preset })))
}

/** Waits for the background worker to have written every file named. */
async function cached(names: string[], timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  const missing = () => names.filter((name) => !fs.existsSync(path.join(imageCache(), name)))
  while (missing().length > 0) {
    if (Date.now() > deadline) throw new Error(`Not in the image cache after ${timeoutMs} ms: ${missing().join(', ')}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function landscapePdf(name: string, pages: number): Promise<TestFile> {
  const document = await PDFDocument.create()
  document.addPage([842, 595]).drawRectangle({ x: 0, y: 0, width: 842, height: 595, color: rgb(0, 0.6, 0.2) })
  for (let page = 1; page < pages; page++) document.addPage([842, 595])
  return { bytes: await document.save(), name, type: 'application/pdf' }
}

describe('images', () => {
  test('an uploaded photo is stored and served without its location, turned upright, and so is its thumbnail', async () => {
    // Stored 1200×800 with EXIF orientation 6: seen turned clockwise, 800×1200.
    const bytes = await (await halves(1200, 800)).withExif(location).withMetadata({ orientation: 6 }).jpeg({ quality: 92 }).toBuffer()
    expect((await sharp(bytes).metadata()).exif).toBeDefined()
    const reply = await upload('media', { bytes, name: `gps-${unique()}.jpg`, type: 'image/jpeg' }, { alt: '有位置資訊的照片' })
    expect(reply.status, reply.text).toBe(201)
    const doc = reply.body.doc

    expect(doc).toMatchObject({ mimeType: 'image/jpeg', width: 800, height: 1200 })
    expect(uploadedFiles('media')).toContain(doc.filename)
    const original = await served(doc.url)
    await expectNoLocation(original)
    const metadata = await sharp(original).metadata()
    expect(metadata).toMatchObject({ format: 'jpeg', width: 800, height: 1200 })
    expect(metadata.orientation ?? 1).toBe(1)
    expect(doc.filesize).toBe(original.length)
    // Red was on the left: turned clockwise, it is on top.
    const { data } = await sharp(original).extract({ left: 400, top: 100, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    expect(data[0]).toBeGreaterThan(200)

    const thumbnail = await served(doc.sizes.thumbnail.url)
    await expectNoLocation(thumbnail)

    const variants = plannedVariants(doc)
    await cached(variants.map((variant) => variant.name))
    for (const variant of variants) await expectNoLocation(fs.readFileSync(path.join(imageCache(), variant.name)))
  })

  test('the background worker makes the portal variants in AVIF and WebP, and again around a new focal point', async () => {
    const bytes = await (await halves(1200, 400)).png().toBuffer()
    const reply = await upload('media', { bytes, name: `halves-${unique()}.png`, type: 'image/png' }, { alt: '左紅右藍' })
    expect(reply.status, reply.text).toBe(201)
    const variants = plannedVariants(reply.body.doc)
    expect(new Set(variants.map((variant) => variant.format))).toEqual(new Set(['avif', 'webp']))
    await cached(variants.map((variant) => variant.name))

    const moved = await api(`/media/${reply.body.doc.id}`, { method: 'PATCH', json: { focalX: 90, focalY: 50 }, token: await admin() })
    expect(moved.status, moved.text).toBe(200)
    const card = plannedVariants(moved.body.doc).find((variant) => variant.preset === 'card' && variant.format === 'webp')!
    expect(variants.map((variant) => variant.name)).not.toContain(card.name)
    await cached([card.name])
    // Three quarters across the card: blue when cut around the focal point at 90 %, red when centred.
    const { data, info } = await sharp(path.join(imageCache(), card.name)).raw().toBuffer({ resolveWithObject: true })
    expect(info).toMatchObject({ width: card.width, height: card.height })
    const pixel = (Math.floor(info.height / 2) * info.width + Math.floor((info.width * 3) / 4)) * info.channels
    expect(data[pixel + 2]).toBeGreaterThan(200)
    expect(data[pixel]).toBeLessThan(60)
  })
})

describe('documents', () => {
  test('a PDF gets its page count, first-page size and a cover image of its first page, with alt text in both languages', async () => {
    const file = await pdf(`handbook-${unique()}.pdf`)
    const reply = await upload('documents', file, { title: '職涯輔導手冊' })
    expect(reply.status, reply.text).toBe(201)
    expect(reply.body.doc).toMatchObject({ pageCount: 2, pageSize: 'A4 portrait · 210 × 297 mm', filesize: file.bytes.length })

    const english = await api(`/documents/${reply.body.doc.id}?locale=en`, { method: 'PATCH', json: { title: 'Career guidance handbook' }, token: await admin() })
    expect(english.status, english.text).toBe(200)
    const doc = (await api(`/documents/${reply.body.doc.id}`, { token: await admin() })).body
    expect(doc.cover).toMatchObject({ mimeType: 'image/png', alt: '「職涯輔導手冊」封面' })
    expect(doc.cover.height).toBeGreaterThan(doc.cover.width)
    expect(Math.max(doc.cover.width, doc.cover.height)).toBeLessThanOrEqual(1600)
    expect((await sharp(await served(doc.cover.url)).metadata()).format).toBe('png')
    const cover = await api(`/media/${doc.cover.id}?locale=all`, { token: await admin() })
    expect(cover.body.alt).toEqual({ 'zh-TW': '「職涯輔導手冊」封面', en: 'Cover of “Career guidance handbook”' })

    const renamed = await api(`/documents/${doc.id}?locale=en`, { method: 'PATCH', json: { title: 'Handbook, second edition' }, token: await admin() })
    expect(renamed.status, renamed.text).toBe(200)
    const alt = await api(`/media/${doc.cover.id}?locale=en`, { token: await admin() })
    expect(alt.body.alt).toBe('Cover of “Handbook, second edition”')
  })

  test('a PDF refused for a missing title leaves no cover image behind', async () => {
    const covers = () => uploadedFiles('media').filter((name) => name.includes('untitled-'))
    const reply = await upload('documents', await pdf(`untitled-${unique()}.pdf`), {})
    expect(reply.status, reply.text).toBe(400)
    expect(reply.body.errors?.[0]?.data?.errors?.map((error) => error.path)).toEqual(['title'])
    expect(covers()).toEqual([])
    const stored = await api(`/media?where[alt][like]=untitled-&limit=1`, { token: await admin() })
    expect(stored.body.totalDocs).toBe(0)
  })

  test('replacing the PDF makes new facts and a new cover', async () => {
    const first = await upload('documents', await pdf(`replaced-${unique()}.pdf`), { title: '將被取代的文件' })
    expect(first.status, first.text).toBe(201)
    const firstCover = first.body.doc.cover.id
    const form = new FormData()
    const replacement = await landscapePdf(`landscape-${unique()}.pdf`, 3)
    form.append('file', new Blob([new Uint8Array(replacement.bytes)], { type: replacement.type }), replacement.name)
    form.append('_payload', JSON.stringify({}))
    const replaced = await api(`/documents/${first.body.doc.id}`, { method: 'PATCH', form, token: await admin() })
    expect(replaced.status, replaced.text).toBe(200)
    const doc = replaced.body.doc
    expect(doc).toMatchObject({ pageCount: 3, pageSize: 'A4 landscape · 297 × 210 mm', filename: replacement.name })
    expect(doc.cover.id).not.toBe(firstCover)
    expect(doc.cover.width).toBeGreaterThan(doc.cover.height)
    expect(doc.cover.alt).toBe('「將被取代的文件」封面')
  })
})

describe('videos', () => {
  test('a video file records its duration and size; a caption track has none', async () => {
    const video = await upload('video-files', mp4(`clip-${unique()}.mp4`, { seconds: 3, width: 320, height: 180 }), {})
    expect(video.status, video.text).toBe(201)
    expect(video.body.doc).toMatchObject({ mimeType: 'video/mp4', durationSeconds: 3, width: 320, height: 180 })
    const captions = await upload('video-files', vtt(`captions-${unique()}.vtt`), {})
    expect(captions.status, captions.text).toBe(201)
    expect(captions.body.doc).toMatchObject({ mimeType: 'text/vtt', durationSeconds: null, width: null, height: null })
  })

  test('a video with an uploaded file takes its duration from the file and is published only with a caption track', async () => {
    const file = (await upload('video-files', mp4(`talk-${unique()}.mp4`, { seconds: 2 }), {})).body.doc
    const track = (await upload('video-files', vtt(`talk-${unique()}.vtt`), {})).body.doc
    const base = { title: `生涯講座 ${unique()}`, summary: '講座錄影', videoFile: file.id, durationSeconds: 999 }

    const draft = await create('videos', { ...base, _status: 'draft' }, '?draft=true')
    expect(draft.durationSeconds).toBe(2)

    for (const language of ['zh-TW', 'en'] as const) {
      const refused = await api(`/videos/${draft.id}`, { method: 'PATCH', json: { _status: 'published' }, token: await admin(), language })
      expect(refused.status, refused.text).toBe(400)
      expect(messageFor(refused, 'captions')).toBe(messages.captionsRequired[language])
    }
    const stillDraft = await api(`/videos/${draft.id}?draft=true`, { token: await admin() })
    expect(stillDraft.body._status).toBe('draft')

    const published = await api(`/videos/${draft.id}`, {
      method: 'PATCH',
      json: { _status: 'published', captions: [{ language: 'zh-TW', file: track.id }] },
      token: await admin(),
    })
    expect(published.status, published.text).toBe(200)
    expect(published.body.doc).toMatchObject({ _status: 'published', durationSeconds: 2 })
  })

  test('a video at an outside address is published without captions and keeps the duration entered', async () => {
    const doc = await create('videos', {
      title: `外部影片 ${unique()}`,
      summary: '外部平臺的影片',
      externalURL: 'https://www.youtube.com/watch?v=example',
      durationSeconds: 95,
      _status: 'published',
    })
    expect(doc).toMatchObject({ _status: 'published', durationSeconds: 95 })
  })
})
