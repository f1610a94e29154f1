import type { AfterErrorHook, PayloadRequest } from 'payload'

import { appendAuditEntryOnItsOwn, type AuditEntry } from './appendAuditEntry'
import { LOGIN_ATTEMPT } from './recordSignIns'

/** The HTTP status of an error from REST, or of the error behind a GraphQL error. */
const statusOf = (error: Error): number | undefined =>
  (error as { status?: number }).status ?? (error as { originalError?: { status?: number } }).originalError?.status

/** What was asked: `PATCH /api/news/12`, with the GraphQL operation's field for GraphQL. */
function requested(req: PayloadRequest, error: Error): string {
  const path = req.url ? new URL(req.url).pathname : ''
  const field = (error as { path?: ReadonlyArray<string | number> }).path?.join('.')
  return [req.method, path, field].filter(Boolean).join(' ')
}

/** A failed sign-in (wrong email or password, or a locked account), or a request refused by the access rules or by the platform's own checks. */
function entryFor(req: PayloadRequest, error: Error, collection: string | undefined): AuditEntry | undefined {
  const status = statusOf(error)
  const attemptedEmail = req.context[LOGIN_ATTEMPT]
  if (typeof attemptedEmail === 'string' && status === 401) {
    return { action: 'login-failed', collection, actorEmail: attemptedEmail, summary: `${requested(req, error)}: ${error.message}` }
  }
  if (status === 403) {
    const documentId = req.routeParams?.id as string | undefined
    return { action: 'forbidden', collection, documentId, summary: `${requested(req, error)}: ${error.message}` }
  }
  return undefined
}

/**
 * Appends failed sign-ins and refused requests. The request's own work was rolled back, so the
 * entry is written in a transaction of its own; a failure to write it is logged and does not change
 * the answer the requester gets.
 */
export const recordRefusals: AfterErrorHook = async ({ collection, error, req }) => {
  const entry = entryFor(req, error, collection?.slug ?? (req.routeParams?.global as string | undefined))
  if (!entry) return
  try {
    await appendAuditEntryOnItsOwn(req, entry)
  } catch (failure) {
    req.payload.logger.error({ err: failure, msg: 'Could not append to the audit log' })
  }
}
