import type { PayloadRequest } from 'payload'

import { type AuditAction, AUDIT_LOG } from '../collections/AuditLog'
import { keepingRequest } from '../hooks/keepingRequest'

export type AuditEntry = {
  action: AuditAction
  collection?: string
  documentId?: string | number | null
  changedFields?: string[]
  summary?: string
  /** Who it was when that is not the signed-in account (a failed sign-in's attempted email). */
  actorEmail?: string
}

type Actor = { id?: string | number; email?: string | null; role?: string | null; collection?: string }

/** The client's address as the reverse proxy reports it; nothing when there is no proxy. */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string | undefined {
  const forwarded = req.headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || req.headers?.get('x-real-ip')?.trim() || undefined
}

function entryData(req: PayloadRequest, entry: AuditEntry) {
  const actor = req.user?.collection === 'users' ? (req.user as Actor) : null
  return {
    at: new Date().toISOString(),
    action: entry.action,
    actor: actor?.id == null ? null : String(actor.id),
    actorEmail: entry.actorEmail ?? actor?.email ?? null,
    actorRole: actor?.role ?? null,
    collection: entry.collection ?? null,
    documentId: entry.documentId == null ? null : String(entry.documentId),
    changedFields: entry.changedFields ?? null,
    summary: entry.summary ?? null,
    ip: clientAddress(req) ?? null,
  }
}

/**
 * Appends an entry in the request's own transaction, so a change that is rolled back leaves no
 * entry behind.
 */
export async function appendAuditEntry(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await keepingRequest(req, () => req.payload.create({ collection: AUDIT_LOG, data: entryData(req, entry), overrideAccess: true, depth: 0, req }))
}

/**
 * Appends an entry in a transaction of its own: for what happened in a request whose work failed
 * and was rolled back (a refused request, a failed sign-in), which must stay on record.
 */
export async function appendAuditEntryOnItsOwn(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({ collection: AUDIT_LOG, data: entryData(req, entry), overrideAccess: true, depth: 0 })
}
