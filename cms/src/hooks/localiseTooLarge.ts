import type { AfterErrorHook } from 'payload'

import { sizeLimitFor, sizeLimits, tooLarge } from 'media'

import { localise, localiseWith, messages } from '../messages'

/** The multipart parser's answer to a form with too many files or fields, or a field too long. */
const PARTS_LIMIT = 'Multipart limit has been reached'

/**
 * Every 413 in the requester's language (Payload's multipart parser answers in English, before the
 * collection's own checks): a file or request over the parser's limits is told the limit of the
 * collection it was sent to (the largest upload limit elsewhere), as checkUploadContent tells a
 * file over that limit.
 */
export const localiseTooLarge: AfterErrorHook = ({ collection, error, req }) => {
  if ((error as { status?: number }).status !== 413) return
  const accepted = (typeof collection?.upload === 'object' && collection.upload.mimeTypes) || []
  const limit = accepted.length > 0 ? sizeLimitFor(accepted) : sizeLimits.video
  const message =
    error.message === PARTS_LIMIT ? localise(req, messages.formTooLarge) : localiseWith(req, messages.fileTooLarge, tooLarge(limit).values ?? {})
  return { response: { errors: [{ message }] }, status: 413 }
}
