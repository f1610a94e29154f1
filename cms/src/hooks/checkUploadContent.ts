import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'

import { fileTypeNames, pixelLimit, type Refusal, sizeLimitFor, validateUpload } from 'media'

import { label } from '../labels'
import { localise, localiseWith, messages } from '../messages'

/** A refusal as the requester reads it: 413 for size, otherwise a 400 on the file field. */
function refusalError(req: PayloadRequest, collection: string, refusal: Refusal, accepted: readonly string[]) {
  if (refusal.kind === 'fileTooLarge') return new APIError(localiseWith(req, messages.fileTooLarge, refusal.values ?? {}), 413, null, true)
  const separator = req.i18n?.language === 'en' ? ', ' : '、'
  const types = accepted.map((type) => fileTypeNames[type] ?? type).join(separator)
  const message = localiseWith(req, messages[refusal.kind], { types, ...refusal.values })
  return new ValidationError({ collection, errors: [{ path: 'file', label: label('檔案', 'File'), message }], req }, req.t)
}

const urlIn = (data: unknown) =>
  data && typeof data === 'object' && 'url' in data && typeof data.url === 'string' && data.url !== '' ? data.url : undefined

/**
 * Judges an upload before anything is stored (media/src/validation: name, size, type by content,
 * extension, polyglots, damaged or active content) and refuses it in the requester's language
 * (Payload's own checks answer in English). The detected type replaces the one the browser
 * claimed, so stored `mimeType`s can be trusted. Files are never fetched from an address
 * (editing a stored file's `url` is ignored by Payload, which keeps the stored one).
 */
export const checkUploadContent: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !collection.upload) return args
  // A create with `url` (and `filename`) and no file would have the server fetch that address.
  // Payload takes `url` out of the data before this hook (keeping it aside to fetch), so the
  // request's own body is read too.
  const url = urlIn(args.data) ?? urlIn(req.data)
  if (operation === 'create' && !req.file && url && !('duplicateFromID' in args && args.duplicateFromID)) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'url', label: label('網址', 'URL'), message: localise(req, messages.uploadByURL) }], req },
      req.t,
    )
  }
  const file = req.file
  const accepted = (typeof collection.upload === 'object' && collection.upload.mimeTypes) || []
  if (!file || accepted.length === 0) return args
  const content = file.data && file.data.length > 0 ? file.data : file.tempFilePath
  const verdict = await validateUpload(
    { name: file.name, size: file.size, content: content ?? new Uint8Array() },
    { accepted, sizeLimit: sizeLimitFor(accepted), pixelLimit },
  )
  if (!verdict.accepted) throw refusalError(req, collection.slug, verdict.refusal, accepted)
  file.mimetype = verdict.mimeType
  return args
}
