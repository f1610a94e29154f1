/**
 * Why an upload is refused. Each kind has its own message in the CMS (cms/src/messages.ts, under
 * the same name); `values` fill the message's placeholders.
 */
export type RefusalKind =
  | 'fileNameNotAllowed'
  | 'fileTooLarge'
  | 'fileTypeNotAllowed'
  | 'fileExtensionMismatch'
  | 'filePolyglot'
  | 'officeMacros'
  | 'officeMalformed'
  | 'captionMarkup'
  | 'imageTooManyPixels'
  | 'imageCorrupt'
  | 'pdfCorrupt'
  | 'pdfEncrypted'
  | 'pdfActiveContent'

export type Refusal = { kind: RefusalKind; values?: Record<string, string> }

export const refuse = (kind: RefusalKind, values?: Record<string, string>): Refusal => (values ? { kind, values } : { kind })
