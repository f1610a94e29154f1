import type { UploadCollection } from 'cms/snapshot'

import { cmsURL } from '../preview/cms'

/**
 * The portal's address of an uploaded file (a PDF, a video, a caption track); in the preview
 * server the CMS's own, since a draft's files may not be published yet.
 */
export const fileURL = (collection: Exclude<UploadCollection, 'media'>, filename: string) =>
  import.meta.env.DRAFT_PREVIEW
    ? `${cmsURL()}/api/${collection}/file/${encodeURIComponent(filename)}`
    : `/files/${collection}/${encodeURIComponent(filename)}`
