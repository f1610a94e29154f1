import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Config,
  GlobalAfterChangeHook,
  GlobalConfig,
  Plugin,
} from 'payload'

import { publicCollections, publicGlobals, type UploadCollection } from '../snapshot/types'
import { requestSiteBuild } from './siteBuildQueue'

/** Uploads reach the portal through the documents that use them: only changes to existing files count. */
const uploadCollections: readonly string[] = ['media', 'documents', 'video-files'] satisfies UploadCollection[]

type Row = { id: number | string; _status?: string | null; deletedAt?: string | null; updatedAt?: string }
type StoredRow = Row | null

/** What the public sees of a document: its stored row, which a draft save does not touch. */
const isPublic = (row: StoredRow) => Boolean(row) && row!._status !== 'draft' && !row!.deletedAt

const titleOf = (doc: Record<string, unknown>) => {
  const title = doc.title ?? doc.name ?? doc.filename
  return typeof title === 'string' ? title : undefined
}

const storedRowKey = (collection: string, id: unknown) => `siteBuild.before.${collection}.${String(id)}`

/** Notes the stored row before an update, to tell a publish or unpublish from a draft save after it. */
const noteStoredRow: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return
  const row = await req.payload.db.findOne<Row>({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })
  req.context[storedRowKey(collection.slug, originalDoc.id)] = row
}

/** Asks for a build when the change reaches what the public sees: published, changed while public, unpublished or trashed. */
const requestBuildAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const slug = collection.slug
  if (uploadCollections.includes(slug)) {
    if (operation === 'update') await requestSiteBuild(req, { action: 'publish', collection: slug, documentId: String(doc.id), title: titleOf(doc) })
    return doc
  }
  const before = (req.context[storedRowKey(slug, doc.id)] ?? null) as StoredRow
  const after = await req.payload.db.findOne<Row>({ collection: slug, where: { id: { equals: doc.id } }, req })
  const rowChanged = operation === 'create' || before?.updatedAt !== after?.updatedAt
  if (!rowChanged || (!isPublic(before) && !isPublic(after))) return doc
  const action = isPublic(after) ? 'publish' : after?.deletedAt ? 'delete' : 'unpublish'
  await requestSiteBuild(req, { action, collection: slug, documentId: String(doc.id), title: titleOf(doc) })
  return doc
}

const requestBuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (doc._status === 'draft' && !uploadCollections.includes(collection.slug)) return doc
  await requestSiteBuild(req, { action: 'delete', collection: collection.slug, documentId: String(doc.id), title: titleOf(doc) })
  return doc
}

const requestBuildAfterSettings: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await requestSiteBuild(req, { action: 'settings', collection: global.slug })
  return doc
}

const builtFrom = (slug: string) => (publicCollections as readonly string[]).includes(slug) || uploadCollections.includes(slug)

function withBuildRequests(collection: CollectionConfig): CollectionConfig {
  if (!builtFrom(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), noteStoredRow],
      afterChange: [...(hooks.afterChange ?? []), requestBuildAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), requestBuildAfterDelete],
    },
  }
}

const withGlobalBuildRequests = (global: GlobalConfig): GlobalConfig =>
  (publicGlobals as readonly string[]).includes(global.slug)
    ? { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), requestBuildAfterSettings] } }
    : global

/**
 * Publish to live: every change to what the portal shows (a document published, edited while
 * published, unpublished, trashed or deleted; a file replaced; the site settings) asks for a build
 * (`siteBuildQueue.ts`). Draft saves ask for nothing.
 */
export const requestSiteBuilds: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(withBuildRequests),
  globals: config.globals?.map(withGlobalBuildRequests),
})
