import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { readPdfFacts } from 'media'

import { idOf } from '../access/roles'
import { coverAlt } from '../media/makeDocumentCover'
import { defaultLocale } from '../locales'
import { keepingRequest } from './keepingRequest'
import { withUploadOnDisk } from './uploadOnDisk'

/** How long poppler may take over a PDF's facts before the upload goes on without them. */
const POPPLER_TIMEOUT_MS = 30_000

/**
 * With each new file: a PDF's page count and first-page size; an office document has neither.
 * The cover made of the previous file no longer fits and is unlinked (a new one follows,
 * `queueDocumentCover`). When poppler cannot read the file or takes too long, the upload is kept
 * without them and the reason logged.
 */
export const recordDocumentFacts: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const facts = { pageCount: null as number | null, pageSize: null as string | null, cover: null }
  if (file.mimetype === 'application/pdf') {
    try {
      Object.assign(facts, await withUploadOnDisk(file, (pdf) => readPdfFacts(pdf, { timeoutMs: POPPLER_TIMEOUT_MS })))
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `No page count or size for the PDF ${file.name}` })
    }
  }
  return { ...data, ...facts }
}

/**
 * After a new PDF is stored, queues the making of its cover image (`media/makeDocumentCover.ts`)
 * for the background worker: rendering and storing an image inside the upload's own save would
 * hold the database for all of it.
 */
export const queueDocumentCover: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.file && doc.mimeType === 'application/pdf') {
    await req.payload.jobs.queue({ task: 'makeDocumentCover', input: { document: String(doc.id), filename: doc.filename }, req })
  }
  return doc
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
