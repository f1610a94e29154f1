import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * Creates a document unless one with the same natural key (a slug, a file name, a region code)
 * already exists, so seeding twice changes nothing. Returns the document's id and whether it
 * was created now. Seeding runs with administrator rights through the Local API.
 */
export async function ensureDocument(
  payload: Payload,
  collection: CollectionSlug,
  key: Where,
  create: () => Promise<Record<string, unknown>> | Record<string, unknown>,
  options: { file?: { data: Buffer; mimetype: string; name: string; size: number }; english?: Record<string, unknown> } = {},
): Promise<{ id: string; created: boolean }> {
  const existing = await payload.find({ collection, where: key, limit: 1, depth: 0, draft: true, pagination: false })
  if (existing.docs[0]) return { id: String(existing.docs[0].id), created: false }
  const data = await create()
  const doc = await payload.create({
    collection,
    data: data as never,
    file: options.file,
    locale: 'zh-TW',
    depth: 0,
    context: { seeding: true },
  })
  if (options.english) {
    await payload.update({
      collection,
      id: doc.id,
      // Keep the publication state: an update without it would save the English text as a draft.
      data: { ...options.english, ...('_status' in data ? { _status: data._status } : {}) } as never,
      locale: 'en',
      depth: 0,
      context: { seeding: true },
    })
  }
  return { id: String(doc.id), created: true }
}
