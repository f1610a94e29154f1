import type { CollectionAfterErrorHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { readPdfFacts } from 'media'

import { idOf } from '../access/roles'
import { coverAlt, makeDocumentCover, type Titles } from '../media/makeDocumentCover'
import { defaultLocale } from '../locales'
import { keepingRequest } from './keepingRequest'
import { withUploadOnDisk } from './uploadOnDisk'

/** How long poppler may take over a PDF's facts before the upload goes on without them. */
const POPPLER_TIMEOUT_MS = 30_000

/**
 * With each new PDF, a cover image of its first page, linked from the document. It is stored in a
 * save of its own before the document's begins: rendering and storing an image inside the
 * document's save would hold the database's write lock for all of it.
 */
export const coverNewPdf: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file || file.mimetype !== 'application/pdf') return args
  const { id, data } = args as { id?: string | number; data?: { title?: unknown } }
  const stored = id ? await req.payload.findByID({ collection: 'documents', id, locale: 'all', depth: 0, disableErrors: true }) : null
  const titles: Titles = { ...(stored?.title as Titles | undefined) }
  if (typeof data?.title === 'string') titles[req.locale && req.locale !== 'all' ? req.locale : defaultLocale] = data.title
  const cover = await withUploadOnDisk(file, (pdf) => makeDocumentCover(req.payload, pdf, file.name, titles, { ...req.context }))
  if (cover) req.context[COVER_MADE_FOR_THIS_SAVE] = cover
  return { ...args, data: { ...data, cover } }
}

const COVER_MADE_FOR_THIS_SAVE = 'documentCoverMadeForThisSave'

/** A save refused after its cover was made (a missing title, say) leaves no cover image behind. */
export const removeCoverOfRefusedSave: CollectionAfterErrorHook = async ({ context, req }) => {
  const cover = context[COVER_MADE_FOR_THIS_SAVE]
  if (typeof cover !== 'string') return
  delete context[COVER_MADE_FOR_THIS_SAVE]
  await req.payload.delete({ collection: 'media', id: cover, overrideAccess: true })
}

/**
 * With each new file: a PDF's page count and first-page size; an office document has neither,
 * nor a cover. When poppler cannot read the file or takes too long, the upload is kept without
 * them and the reason logged.
 */
export const recordDocumentFacts: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const facts = { pageCount: null as number | null, pageSize: null as string | null }
  if (file.mimetype !== 'application/pdf') return { ...data, ...facts, cover: null }
  try {
    Object.assign(facts, await withUploadOnDisk(file, (pdf) => readPdfFacts(pdf, { timeoutMs: POPPLER_TIMEOUT_MS })))
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: `No page count or size for the PDF ${file.name}` })
  }
  return { ...data, ...facts }
}

/**
 * A made cover's alt text follows the document's title: when a save changes the title in one
 * language, the cover's alt text in that language says the new title.
 */
export const renameDocumentCover: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const cover = idOf(data.cover ?? originalDoc?.cover)
  if (req.file || !cover || typeof data.title !== 'string' || !data.title || data.title === originalDoc?.title) return data
  const locale = req.locale && req.locale !== 'all' ? req.locale : defaultLocale
  await keepingRequest(req, () =>
    req.payload.update({ collection: 'media', id: String(cover), data: { alt: coverAlt(data.title, locale) }, locale, req, overrideAccess: true }),
  )
  return data
}
