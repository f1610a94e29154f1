import path from 'node:path'

import type { PayloadRequest, TaskConfig } from 'payload'

import { renderPdfCover, sizeLimits } from 'media'

import { uploadDirectory } from '../environment'
import { defaultLocale, locales } from '../locales'

/** How long poppler may take over a cover before the document is left without one. */
const POPPLER_TIMEOUT_MS = 30_000

/** A cover's alt text, naming the document. */
export const coverAlt = (title: string, locale: string) => (locale === 'en' ? `Cover of “${title}”` : `「${title}」封面`)

type Titles = Partial<Record<string, string | null>>

/** The cover stored as an image (`media`), its alt text naming the document in each language (Chinese where English is missing). */
async function storeCover(req: PayloadRequest, png: Buffer, filename: string, titles: Titles): Promise<string> {
  const title = (locale: string) => titles[locale] || titles[defaultLocale] || filename
  const cover = await req.payload.create({
    collection: 'media',
    data: { alt: coverAlt(title(defaultLocale), defaultLocale) },
    locale: defaultLocale,
    file: { data: png, mimetype: 'image/png', name: `${path.parse(filename).name}-cover.png`, size: png.length },
    req,
  })
  for (const { code } of locales.filter((locale) => locale.code !== defaultLocale)) {
    await req.payload.update({ collection: 'media', id: cover.id, data: { alt: coverAlt(title(code), code) }, locale: code, req })
  }
  return String(cover.id)
}

/**
 * A job of the background worker: a cover image of a PDF's first page (poppler's `pdftoppm`, with
 * a time limit and a size cap), stored as an image and linked from the document. A PDF poppler
 * cannot render keeps no cover, and the reason is logged; a file replaced since is left to the
 * job its replacement queued.
 */
export const makeDocumentCover: TaskConfig<{ input: { document: string; filename: string }; output: { cover: string | null } }> = {
  slug: 'makeDocumentCover',
  label: 'Make a PDF cover image',
  inputSchema: [
    { name: 'document', type: 'text', required: true },
    { name: 'filename', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'cover', type: 'text' }],
  handler: async ({ input, req }) => {
    const document = await req.payload.findByID({ collection: 'documents', id: input.document, locale: 'all', depth: 0, req, disableErrors: true })
    if (!document || document.filename !== input.filename) return { output: { cover: null } }
    let png: Buffer
    try {
      png = await renderPdfCover(path.join(uploadDirectory('documents'), input.filename), { timeoutMs: POPPLER_TIMEOUT_MS, maxBytes: sizeLimits.image })
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `No cover image for the PDF ${input.filename}` })
      return { output: { cover: null } }
    }
    const cover = await storeCover(req, png, input.filename, document.title as unknown as Titles)
    await req.payload.update({ collection: 'documents', id: input.document, data: { cover }, locale: defaultLocale, req })
    return { output: { cover } }
  },
}
