import type { UploadCollection } from 'cms/snapshot'

/** The portal's address of an uploaded file (a PDF, a video, a caption track). */
export const fileURL = (collection: Exclude<UploadCollection, 'media'>, filename: string) =>
  `/files/${collection}/${encodeURIComponent(filename)}`
