import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { appendAuditEntry } from './appendAuditEntry'

/** The email a sign-in attempt gave, kept for `recordRefusals` in case the attempt fails. */
export const LOGIN_ATTEMPT = 'auditLoginAttempt'

export const noteSignInAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    req.context[LOGIN_ATTEMPT] = typeof email === 'string' ? email.trim().toLowerCase() : ''
  }
  return args
}

/** Appends a sign-in entry, in the sign-in's transaction. */
export const recordSignIn: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  delete req.context[LOGIN_ATTEMPT]
  await appendAuditEntry(req, { action: 'login', collection: collection.slug, documentId: user.id, summary: user.email })
  return user
}
