import type { CollectionAfterChangeHook } from 'payload'

/**
 * After a new image file or a new focal point, queues the making of the image's portal variants
 * (`media/makePortalImages.ts`) for the background worker; the save does not wait for it.
 */
export const queuePortalImages: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const changed = Boolean(req.file) || doc.filename !== previousDoc?.filename || doc.focalX !== previousDoc?.focalX || doc.focalY !== previousDoc?.focalY
  if (changed && doc.filename) await req.payload.jobs.queue({ task: 'makePortalImages', input: { media: String(doc.id) }, req })
  return doc
}
