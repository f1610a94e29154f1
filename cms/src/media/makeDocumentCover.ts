import path from 'node:path'

import type { Payload, RequestContext } from 'payload'

import { renderPdfCover, sizeLimits } from 'media'

import { defaultLocale, locales } from '../locales'

/** How long poppler may take over a cover before the document is left without one. */
const POPPLER_TIMEOUT_MS = 30_000

/** A cover's alt text, naming the document. */
export const coverAlt = (title: string, locale: string) => (locale === 'en' ? `Cover of “${title}”` : `「${title}」封面`)

export type Titles = Partial<Record<string, string | null>>

/**
 * The cover stored as an image (`media`), its alt text naming the document in each language
 * (Chinese where English is missing). It carries the document's request context, so a seed's
 * cover asks for no portal build either.
 */
async function storeCover(payload: Payload, png: Buffer, filename: string, titles: Titles, context: RequestContext): Promise<string> {
  const title = (locale: string) => titles[locale] || titles[defaultLocale] || filename
  const cover = await payload.create({
    collection: 'media',
    data: { alt: coverAlt(title(defaultLocale), defaultLocale) },
    locale: defaultLocale,
    context,
    file: { data: png, mimetype: 'image/png', name: `${path.parse(filename).name}-cover.png`, size: png.length },
  })
  for (const { code } of locales.filter((locale) => locale.code !== defaultLocale)) {
    await payload.update({ collection: 'media', id: cover.id, data: { alt: coverAlt(title(code), code) }, locale: code, context })
  }
  return String(cover.id)
}

/**
 * A cover image of a PDF's first page (poppler's `pdftoppm`, with a time limit and a size cap),
 * stored as an image in its own save. A PDF poppler cannot render gets no cover: the reason is
 * logged and the upload goes on.
 */
export async function makeDocumentCover(
  payload: Payload,
  pdf: string,
  filename: string,
  titles: Titles,
  context: RequestContext,
): Promise<string | null> {
  let png: Buffer
  try {
    png = await renderPdfCover(pdf, { timeoutMs: POPPLER_TIMEOUT_MS, maxBytes: sizeLimits.image })
  } catch (error) {
    payload.logger.warn({ err: error, msg: `No cover image for the PDF ${filename}` })
    return null
  }
  return storeCover(payload, png, filename, titles, context)
}
