import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { detectFileType, fileTypeNames } from 'media'

import { label } from '../labels'
import { localiseWith, messages } from '../messages'

/**
 * Refuses an upload whose content is not one of the collection's MIME types, before anything is
 * stored, with a message in the requester's language (Payload's own check answers in English).
 * The detected type replaces the one the browser claimed, so stored `mimeType`s can be trusted.
 */
export const checkUploadContent: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file || !collection.upload) return args
  const accepted = (typeof collection.upload === 'object' && collection.upload.mimeTypes) || []
  if (accepted.length === 0) return args
  const content = file.data && file.data.length > 0 ? file.data : file.tempFilePath
  const detected = content ? await detectFileType(content) : undefined
  if (detected && accepted.includes(detected)) {
    file.mimetype = detected
    return args
  }
  const separator = req.i18n?.language === 'en' ? ', ' : '、'
  const names = accepted.map((type) => fileTypeNames[type] ?? type).join(separator)
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'file', label: label('檔案', 'File'), message: localiseWith(req, messages.fileTypeNotAllowed, { types: names }) }],
      req,
    },
    req.t,
  )
}
