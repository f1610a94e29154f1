import { APIError } from 'payload'
import { parseCookies } from 'payload/shared'
import { extractHeaderLanguage } from '@payloadcms/translations'

import { sizeLimits } from 'media'

import { localiseWith, messages } from '../messages'

/** Room in a multipart request for the fields beside the file (`_payload`) and the part headers. */
export const multipartAllowance = 2 * 1024 * 1024

/** The requester's language as Payload picks it: the admin's language cookie, then the browser's. */
function languageOf(request: Request): 'zh-TW' | 'en' {
  const chosen = parseCookies(request.headers).get('payload-lng') ?? extractHeaderLanguage(request.headers.get('accept-language') ?? '')
  return chosen === 'en' ? 'en' : 'zh-TW'
}

/**
 * Stops reading an upload as soon as it passes the largest collection limit (videos), with the
 * 413 in the requester's language; Payload would otherwise answer in English. Smaller
 * collections' limits are enforced by checkUploadContent once the file is read.
 */
export function refuseOversizeUpload({ request }: { request: Request }): never {
  const megabytes = String(Math.round(sizeLimits.video / (1024 * 1024)))
  throw new APIError(localiseWith({ i18n: { language: languageOf(request) } }, messages.fileTooLarge, { megabytes }), 413, null, true)
}
