import { type Refusal, refuse } from './refusal'
import { readZipEntry, zipEntries } from './zip'

/** VBA projects (OOXML), Basic and script libraries (OpenDocument): macros that run in the reader's office suite. */
const macroEntry = /(^|\/)vbaProject\.bin$|(^|\/)vbaData\.xml$|^Basic\/|^Scripts\//i
const macroContentType = /macroEnabled|vbaProject/i

/**
 * An office document (a ZIP) is refused when it carries macros, or when it lacks the manifest that
 * says what it is: `[Content_Types].xml` for Word/Excel/PowerPoint, `mimetype` for OpenDocument.
 */
export function checkOfficeDocument(bytes: Uint8Array, mimeType: string): Refusal | undefined {
  const entries = zipEntries(bytes)
  if (entries.some((entry) => macroEntry.test(entry.name))) return refuse('officeMacros')
  const openDocument = mimeType.startsWith('application/vnd.oasis.opendocument.')
  const manifest = entries.find((entry) => entry.name === (openDocument ? 'mimetype' : '[Content_Types].xml'))
  if (!manifest) return refuse('officeMalformed')
  const content = readZipEntry(bytes, manifest)
  if (!content) return refuse('officeMalformed')
  if (!openDocument && macroContentType.test(content.toString('utf8'))) return refuse('officeMacros')
  return undefined
}
