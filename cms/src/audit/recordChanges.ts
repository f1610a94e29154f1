import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import type { AuditAction } from '../collections/AuditLog'
import { appendAuditEntry } from './appendAuditEntry'
import { changedFields } from './changedFields'

/**
 * Only what people do is recorded. Every HTTP write needs a signed-in account; writes without one
 * come from the CMS's own scripts (seeding, imports), which would otherwise flood the log with
 * entries that say nothing about who.
 */
const byAnAccount = (req: PayloadRequest) => req.user?.collection === 'users'

type Doc = Record<string, unknown>

/** Accounts whose password this request sets: Payload removes it from the data before `afterChange`. */
const PASSWORDS_SET = 'auditPasswordsSet'
const passwordKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

export const notePasswordChange: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && typeof data.password === 'string' && data.password && originalDoc?.id != null) {
    const noted = (req.context[PASSWORDS_SET] as string[] | undefined) ?? []
    req.context[PASSWORDS_SET] = [...noted, passwordKey(collection.slug, originalDoc.id)]
  }
  return data
}

const passwordWasSet = (req: PayloadRequest, collection: string, id: unknown) =>
  ((req.context[PASSWORDS_SET] as string[] | undefined) ?? []).includes(passwordKey(collection, id))

const titleOf = (collection: SanitizedCollectionConfig, doc: Doc) => {
  const title = doc[collection.admin?.useAsTitle ?? 'id']
  return typeof title === 'string' || typeof title === 'number' ? String(title) : undefined
}

/**
 * Saving a draft over a published document also turns `_status` from published to draft, but
 * leaves the published document as it is; only an unpublish changes the document itself.
 */
async function unpublished(req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<boolean> {
  const stored = await req.payload.db.findOne<{ id: string; _status?: string }>({ collection, where: { id: { equals: id } }, req })
  return stored?._status !== 'published'
}

/** What an update did: moved the document to or from the trash, took a status step, or changed fields. */
async function updateAction(req: PayloadRequest, collection: CollectionSlug, previousDoc: Doc, doc: Doc): Promise<{ action: AuditAction; step?: string }> {
  if (!previousDoc.deletedAt && doc.deletedAt) return { action: 'trash' }
  if (previousDoc.deletedAt && !doc.deletedAt) return { action: 'restore' }
  // An exemplar case's workflow step (`applyCaseWorkflow`), which may also publish or unpublish it.
  if (doc.workflowStatus !== undefined && previousDoc.workflowStatus !== doc.workflowStatus) {
    return { action: 'status', step: `${previousDoc.workflowStatus ?? '—'} → ${doc.workflowStatus}` }
  }
  const [from, to] = [previousDoc._status, doc._status]
  if (from && to && from !== to && (to === 'published' || (await unpublished(req, collection, doc.id)))) {
    return { action: 'status', step: `${from} → ${to}` }
  }
  return { action: 'update' }
}

/**
 * The document as saved, read as `previousDoc` was: in the locale written, without another
 * locale's text filling its gaps, and with relationships as ids.
 */
const savedDocument = async (req: PayloadRequest, collection: CollectionSlug, id: string | number): Promise<Doc> => ({
  ...(await req.payload.findByID({ collection, id, locale: req.locale ?? undefined, fallbackLocale: false, draft: true, trash: true, depth: 0, overrideAccess: true, req })),
})

/** Appends create, update, trash, restore and status entries for a collection's documents. */
export const recordChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (!byAnAccount(req)) return doc
  const title = titleOf(collection, doc)
  if (operation === 'create') {
    await appendAuditEntry(req, { action: 'create', collection: collection.slug, documentId: doc.id, summary: title })
    return doc
  }
  const saved = await savedDocument(req, collection.slug, doc.id)
  const { action, step } = await updateAction(req, collection.slug, previousDoc, saved)
  const changed = changedFields(collection.flattenedFields, previousDoc, saved, req.locale ?? undefined)
  if (passwordWasSet(req, collection.slug, doc.id)) changed.push('password')
  await appendAuditEntry(req, {
    action,
    collection: collection.slug,
    documentId: doc.id,
    changedFields: changed,
    summary: [step, title].filter(Boolean).join(': ') || undefined,
  })
  return doc
}

/** Appends an entry when a document is deleted for good. */
export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (!byAnAccount(req)) return doc
  await appendAuditEntry(req, { action: 'delete', collection: collection.slug, documentId: id, summary: titleOf(collection, doc) })
  return doc
}

/** Appends an entry when a global (site settings, navigation, footer) is saved. */
export const recordGlobalChange: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  if (!byAnAccount(req)) return doc
  await appendAuditEntry(req, {
    action: 'update',
    collection: global.slug,
    changedFields: changedFields(global.flattenedFields, previousDoc, doc, req.locale ?? undefined),
  })
  return doc
}
