/**
 * What the demo steps share: the date the demo set is written as of, getting or uploading a
 * generated file, and the pools of photos and attachments that many documents reuse (so the set
 * holds a few dozen distinct files, not hundreds).
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import type { SeedContext } from '../context'
import { rowId } from '../rowId'
import { ensureDocument } from '../upsert'
import {
  type Bilingual,
  demoPdf,
  type DemoPdf,
  demoPhoto,
  demoTitleCard,
  pdfPageCount,
  type PdfSection,
  type PhotoScene,
  photoScenes,
  type TitleCard,
  type UploadFile,
} from './files'
import type { Random } from './random'

/**
 * The demo set is written as of this day (dates of news, galleries, videos are counted back from
 * it), so it comes out the same whenever and wherever it is seeded.
 */
export const DEMO_TODAY = new Date('2026-11-20T09:00:00+08:00')

export const daysBefore = (days: number, from: Date = DEMO_TODAY) => new Date(from.getTime() - days * 86_400_000)

export const pad = (value: number, length = 2) => String(value).padStart(length, '0')

const slugWhere = (slug: string): Where => ({ slug: { equals: slug } })

/** Creates a document keyed by its slug unless it exists; ticks the progress line either way. */
export async function ensureBySlug(
  { payload, progress }: SeedContext,
  collection: CollectionSlug,
  slug: string,
  create: () => Promise<Record<string, unknown>>,
  english?: Record<string, unknown>,
): Promise<string> {
  const { id, created } = await ensureDocument(payload, collection, slugWhere(slug), async () => ({ ...(await create()), slug, demo: true }), { english })
  progress.tick(created)
  return id
}

// ---------------------------------------------------------------------------------------------
// Uploads

type UploadCollection = 'media' | 'documents' | 'video-files'

/** A file to upload under a fixed name, made only if no upload has that name yet. */
export type UploadSpec = {
  name: string
  generate: () => Promise<UploadFile>
  data: Record<string, unknown>
  english?: Record<string, unknown>
}

async function existingUploads(payload: Payload, collection: UploadCollection, names: string[]): Promise<Map<string, string>> {
  const { docs } = await payload.find({ collection, where: { filename: { in: names } }, limit: names.length, pagination: false, depth: 0 })
  return new Map(docs.map((doc) => [String(doc.filename), String(doc.id)]))
}

async function upload(payload: Payload, collection: UploadCollection, spec: UploadSpec): Promise<{ id: string; created: boolean }> {
  const file = await spec.generate()
  if (file.name !== spec.name) throw new Error(`Generated file ${file.name} should be named ${spec.name}`)
  return ensureDocument(payload, collection, { filename: { equals: spec.name } }, () => ({ ...spec.data, demo: true }), { file, english: spec.english })
}

/** The upload's id: the existing one, or a new upload of the generated file. */
export async function ensureUpload(payload: Payload, collection: UploadCollection, spec: UploadSpec): Promise<string> {
  const existing = (await existingUploads(payload, collection, [spec.name])).get(spec.name)
  return existing ?? (await upload(payload, collection, spec)).id
}

/** Several uploads with one query for the existing ones; ids in the order of `specs`. */
async function ensureUploads(payload: Payload, collection: UploadCollection, specs: UploadSpec[], tick: (created: boolean) => void): Promise<string[]> {
  const existing = await existingUploads(payload, collection, specs.map((spec) => spec.name))
  const ids: string[] = []
  for (const spec of specs) {
    const found = existing.get(spec.name)
    const { id, created } = found ? { id: found, created: false } : await upload(payload, collection, spec)
    tick(created)
    ids.push(id)
  }
  return ids
}

/** A cover or poster image in `media`, its alt text naming the title. */
export const ensureTitleCard = (payload: Payload, name: string, card: TitleCard) =>
  ensureUpload(payload, 'media', {
    name,
    generate: () => demoTitleCard(name, card),
    data: { alt: `${card.shape === 'cover' ? '封面' : '影片預覽圖'}：${card.title.zh}（示範資料）`, credit: '示範圖片（程式產生）' },
    english: { alt: `${card.shape === 'cover' ? 'Cover' : 'Video poster'}: ${card.title.en} (demo content)` },
  })

/** A generated PDF in `documents`, with its page count. */
export const ensurePdf = (payload: Payload, pdf: DemoPdf, description?: Bilingual) =>
  ensureUpload(payload, 'documents', {
    name: pdf.name,
    generate: () => demoPdf(pdf),
    data: { title: pdf.title.zh, description: description?.zh, pageCount: pdfPageCount(pdf.sections) },
    english: { title: pdf.title.en, description: description?.en },
  })

/** A handbook or e-book: its PDF (the cover as first page) and its cover image. */
export type Publication = { slug: string; title: Bilingual; subtitle: Bilingual; sections: PdfSection[]; year: number; description?: Bilingual }

export async function ensurePublication(payload: Payload, { slug, title, subtitle, sections, year, description }: Publication) {
  const card: TitleCard = { title, subtitle, seed: slug, shape: 'cover' }
  const cover = await ensureTitleCard(payload, `${slug}-cover.jpg`, card)
  const file = await ensurePdf(payload, { name: `${slug}.pdf`, title: { zh: `${title.zh}（示範）`, en: `${title.en} (demo)` }, sections, cover: card, year }, description)
  return { file, cover }
}

// ---------------------------------------------------------------------------------------------
// The photo pool

export type PoolPhoto = { id: string; scene: PhotoScene }

const PHOTO_COUNT = 36
const scenes = Object.keys(photoScenes) as PhotoScene[]
const photoPools = new WeakMap<Payload, Promise<PoolPhoto[]>>()

/**
 * The demo photos every step draws from, uploaded on first use (one progress line of their own):
 * Payload makes three derivatives of each upload, so their number sets much of the seed's time.
 */
export function demoPhotoPool({ payload, progress }: SeedContext): Promise<PoolPhoto[]> {
  let pool = photoPools.get(payload)
  if (!pool) {
    const photos = Array.from({ length: PHOTO_COUNT }, (_, index) => ({ scene: scenes[index % scenes.length]!, name: `demo-photo-${pad(index + 1)}.jpg` }))
    pool = (async () => {
      progress.step('示範照片', photos.length)
      const specs = photos.map(({ scene, name }): UploadSpec => ({
        name,
        generate: () => demoPhoto({ name, seed: name, scene }),
        data: { alt: photoScenes[scene].alt.zh, credit: '示範圖片（程式產生）' },
        english: { alt: photoScenes[scene].alt.en },
      }))
      const ids = await ensureUploads(payload, 'media', specs, (created) => progress.tick(created))
      progress.done()
      return ids.map((id, index) => ({ id, scene: photos[index]!.scene }))
    })()
    photoPools.set(payload, pool)
  }
  return pool
}

/** What a photo of each scene shows, for captions. */
const sceneCaptions: Record<PhotoScene, Bilingual[]> = {
  lecture: [
    { zh: '講者分享實務經驗', en: 'The speaker shares practical experience' },
    { zh: '與會者專注聆聽', en: 'Participants listen closely' },
    { zh: '專題演講情形', en: 'The keynote talk' },
    { zh: '主持人開場致詞', en: 'Opening remarks' },
  ],
  workshop: [
    { zh: '學員分組討論', en: 'Group discussion' },
    { zh: '小組成果分享', en: 'Groups present their results' },
    { zh: '講師巡迴指導', en: 'The facilitator visits each table' },
    { zh: '學員填寫學習單', en: 'Participants fill in worksheets' },
  ],
  'group-photo': [
    { zh: '活動大合照', en: 'Group photo' },
    { zh: '與會貴賓與學員合影', en: 'Guests and participants' },
    { zh: '結業合影留念', en: 'Closing group photo' },
  ],
  fair: [
    { zh: '企業攤位諮詢情形', en: 'Students talk with employers at the booths' },
    { zh: '學生參觀職涯攤位', en: 'Students visit the career booths' },
    { zh: '企業代表說明職缺', en: 'An employer explains the openings' },
  ],
}

/** A row of a `photos` field, with a fixed row id so that the English update can caption the same row. */
export type ChosenPhoto = { id: string; image: string; caption: Bilingual }

/**
 * `count` distinct photos, preferring the given scenes, each with a caption of what it shows
 * (the pictures say "demo" themselves). `owner` (the document's slug) makes the row ids.
 */
export function choosePhotos(pool: PoolPhoto[], random: Random, count: number, owner: string, preferred: ReadonlyArray<PhotoScene> = scenes): ChosenPhoto[] {
  const matching = pool.filter((photo) => preferred.includes(photo.scene))
  const others = pool.filter((photo) => !preferred.includes(photo.scene))
  const chosen = [...random.pickSome(matching, count), ...random.pickSome(others, Math.max(0, count - matching.length))]
  // Photos of the same scene take that scene's captions in turn, so an album does not repeat one.
  const nextCaption = new Map<PhotoScene, number>()
  return chosen.map((photo, index) => {
    const captions = sceneCaptions[photo.scene]
    const turn = nextCaption.get(photo.scene) ?? random.int(0, captions.length - 1)
    nextCaption.set(photo.scene, turn + 1)
    return { id: rowId(owner, 'photo', index), image: photo.id, caption: captions[turn % captions.length]! }
  })
}

/** The rows of a `photos` field in one language. */
export const photoRows = (photos: ChosenPhoto[], language: keyof Bilingual) =>
  photos.map(({ id, image, caption }) => ({ id, image, caption: caption[language] }))

// ---------------------------------------------------------------------------------------------
// The attachment pool

export const attachmentKinds = ['guidelines', 'registration-form', 'brochure', 'outcome-report', 'meeting-handbook'] as const
export type AttachmentKind = (typeof attachmentKinds)[number]

const attachmentTitles: Record<AttachmentKind, Bilingual & { pages: number[] }> = {
  guidelines: { zh: '申請須知與作業要點', en: 'Application guidelines', pages: [1, 2] },
  'registration-form': { zh: '報名表與填寫說明', en: 'Registration form and instructions', pages: [1] },
  brochure: { zh: '活動簡章', en: 'Event brochure', pages: [1, 1] },
  'outcome-report': { zh: '成果報告', en: 'Outcome report', pages: [1, 2, 1] },
  'meeting-handbook': { zh: '會議手冊', en: 'Meeting handbook', pages: [1, 1, 1] },
}

const attachmentPools = new WeakMap<Payload, Promise<Record<AttachmentKind, string>>>()

/** A few generic PDFs (guidelines, forms, reports) that news items and cases attach. */
export function demoAttachments({ payload, progress }: SeedContext): Promise<Record<AttachmentKind, string>> {
  let pool = attachmentPools.get(payload)
  if (!pool) {
    pool = (async () => {
      progress.step('示範附件', attachmentKinds.length)
      const specs = attachmentKinds.map((kind): UploadSpec => {
        const { zh, en, pages } = attachmentTitles[kind]
        const pdf: DemoPdf = {
          name: `demo-attachment-${kind}.pdf`,
          title: { zh: `${zh}（示範）`, en: `${en} (demo)` },
          sections: pages.map((count, index) => ({ heading: index === 0 ? en : `${en}, part ${index + 1}`, pages: count })),
          cover: { title: { zh, en }, subtitle: { zh: '示範文件', en: 'Demo document' }, seed: kind, shape: 'cover' },
          year: DEMO_TODAY.getUTCFullYear(),
        }
        return {
          name: pdf.name,
          generate: () => demoPdf(pdf),
          data: { title: pdf.title.zh, pageCount: pdfPageCount(pdf.sections) },
          english: { title: pdf.title.en },
        }
      })
      const ids = await ensureUploads(payload, 'documents', specs, (created) => progress.tick(created))
      progress.done()
      return Object.fromEntries(attachmentKinds.map((kind, index) => [kind, ids[index]!])) as Record<AttachmentKind, string>
    })()
    attachmentPools.set(payload, pool)
  }
  return pool
}
