/**
 * What the preview server asks the CMS: the latest draft of a document in both languages, with
 * the visitor's own session, so Payload's access rules decide who sees which draft. Without a
 * session the CMS is not asked at all: the preview never shows published content instead.
 */
import type { LocaleContent } from 'cms/snapshot'
import type { PreviewableCollection } from 'cms/preview'

import { defaultLocale, type Locale, locales } from '../i18n/locales'

/** The CMS's session cookie (Payload's `payload-token`): the preview shares it with the admin. */
export const sessionCookie = 'payload-token'

type Document = LocaleContent['collections'][PreviewableCollection][number]

export type DraftReading =
  | { status: 200; byLocale: Record<Locale, Document> }
  /** 403: no session, or one that may not read the draft; 404: no such document; 502: the CMS failed. */
  | { status: 403 | 404 | 502 }

/** The language asked for in `?locale=`; Chinese when none; undefined when it is not one of the portal's. */
export function previewLocale(requested: string | null): Locale | undefined {
  if (requested === null || requested === '') return defaultLocale
  return locales.find((locale) => locale === requested)
}

/**
 * The REST address of a document's latest draft in one language. English is read without
 * fallback, as the snapshot is, so the portal marks the fields shown in Chinese.
 */
export function draftURL(cms: string, collection: PreviewableCollection, id: string, locale: Locale): string {
  const query = new URLSearchParams({ draft: 'true', depth: '1', locale })
  if (locale !== defaultLocale) query.set('fallback-locale', 'none')
  return `${cms}/api/${collection}/${encodeURIComponent(id)}?${query}`
}

/** The preview's answer to a refusal of the CMS: a session that may not read it, or no such document. */
export function refusalStatus(cmsStatus: number): 403 | 404 | 502 {
  if (cmsStatus === 401 || cmsStatus === 403) return 403
  if (cmsStatus === 400 || cmsStatus === 404) return 404
  return 502
}

const withSession = (token: string) => ({ headers: { Authorization: `JWT ${token}` }, signal: AbortSignal.timeout(30_000) })

/** Whether the token is a live session of an account (an expired or forged one reads as the public). */
async function isSignedIn(cms: string, token: string): Promise<boolean | 502> {
  const response = await fetch(`${cms}/api/users/me`, withSession(token))
  if (!response.ok) return 502
  const { user } = (await response.json()) as { user: unknown }
  return Boolean(user)
}

/** Reads the draft of `collection`/`id` from the CMS at `cms` as the account of `token`. */
export async function readDraft(cms: string, collection: PreviewableCollection, id: string, token: string | undefined): Promise<DraftReading> {
  if (!token) return { status: 403 }
  try {
    const signedIn = await isSignedIn(cms, token)
    if (signedIn !== true) return { status: signedIn === false ? 403 : 502 }
    const responses = await Promise.all(locales.map((locale) => fetch(draftURL(cms, collection, id, locale), withSession(token))))
    const refused = responses.find((response) => !response.ok)
    if (refused) return { status: refusalStatus(refused.status) }
    const documents = (await Promise.all(responses.map((response) => response.json()))) as Document[]
    return { status: 200, byLocale: Object.fromEntries(locales.map((locale, index) => [locale, documents[index]])) as Record<Locale, Document> }
  } catch {
    // The CMS is down or did not answer in time.
    return { status: 502 }
  }
}
