import fs from 'node:fs/promises'

import { detectFileType, fileTypeNames } from '../detectFileType'
import { imageTypes } from '../fileTypes'
import { checkCaptions } from './captions'
import { extensionMatches, extensionOf, extensionsByType, officeExtensions } from './extensions'
import { checkFileName } from './fileName'
import { checkImage } from './image'
import { isPolyglot } from './markup'
import { checkOfficeDocument } from './office'
import { checkPdf } from './pdf'
import { type Refusal, refuse } from './refusal'

export type Upload = {
  /** The name the file was uploaded with. */
  name: string
  /** Its size in bytes. */
  size: number
  /** Its bytes, or the path of the temporary file holding them. */
  content: Uint8Array | string
}

export type UploadRules = {
  /** MIME types the collection accepts, judged by content. */
  accepted: readonly string[]
  /** Largest size in bytes. */
  sizeLimit: number
  /** Largest image in pixels. */
  pixelLimit: number
}

export type Verdict = { accepted: true; mimeType: string } | { accepted: false; refusal: Refusal }

/** Types that are ZIP archives inside: office documents, and ZIP itself (an office file without its manifest). */
const zipBased = /^application\/(?:zip|vnd\.openxmlformats-officedocument\.|vnd\.oasis\.opendocument\.|vnd\.ms-(?:word|excel|powerpoint)\.)/

const isImage = (type: string) => (imageTypes as readonly string[]).includes(type)

const bytesOf = async (content: Uint8Array | string) => (typeof content === 'string' ? await fs.readFile(content) : content)

/** The checks that depend on what the content is (office files are checked earlier); videos are judged by their type alone. */
async function checkContent(type: string, content: Uint8Array | string, rules: UploadRules): Promise<Refusal | undefined> {
  if (isImage(type)) {
    const bytes = await bytesOf(content)
    return isPolyglot(bytes) ? refuse('filePolyglot') : checkImage(bytes, rules.pixelLimit)
  }
  if (type === 'application/pdf') {
    const bytes = await bytesOf(content)
    return isPolyglot(bytes) ? refuse('filePolyglot') : checkPdf(bytes)
  }
  if (type === 'text/vtt') return checkCaptions(await bytesOf(content))
  return undefined
}

/**
 * Judges an upload before anything is stored: its name, its size, what its content is (never its
 * name or the type the browser claims), whether the name's extension says the same, and whether
 * the content is sound and harmless for its type. Accepted uploads come with their detected type.
 */
export async function validateUpload(upload: Upload, rules: UploadRules): Promise<Verdict> {
  const refused = (refusal: Refusal): Verdict => ({ accepted: false, refusal })
  const nameRefusal = checkFileName(upload.name)
  if (nameRefusal) return refused(nameRefusal)
  if (upload.size > rules.sizeLimit) {
    return refused(refuse('fileTooLarge', { megabytes: String(Math.round(rules.sizeLimit / (1024 * 1024))) }))
  }
  const type = await detectFileType(upload.content)
  // Office files are opened before the type is judged, so that one with macros (detected as a
  // macro-enabled type) or without its manifest (detected as a plain ZIP) is told why.
  if (type && zipBased.test(type) && (type !== 'application/zip' || (officeExtensions as readonly string[]).includes(extensionOf(upload.name)))) {
    const officeRefusal = checkOfficeDocument(await bytesOf(upload.content), type)
    if (officeRefusal) return refused(officeRefusal)
  }
  if (!type || !rules.accepted.includes(type)) return refused(refuse('fileTypeNotAllowed'))
  if (!extensionMatches(type, upload.name)) {
    const extensions = extensionsByType[type]!.map((extension) => `.${extension}`).join(' ')
    return refused(refuse('fileExtensionMismatch', { type: fileTypeNames[type] ?? type, extensions }))
  }
  const contentRefusal = await checkContent(type, upload.content, rules)
  return contentRefusal ? refused(contentRefusal) : { accepted: true, mimeType: type }
}
