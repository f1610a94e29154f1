import type { CollectionConfig } from 'payload'

import { captionTypes, videoTypes } from 'media'

import { uploadAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { uploadDirectory } from '../environment'
import { demoField } from '../fields/demo'
import { checkUploadContent } from '../hooks/checkUploadContent'
import { collectionLabels, label } from '../labels'
import { adminGroups } from './adminGroups'

/** Video files (MP4, WebM) and their WebVTT caption tracks. */
export const VideoFiles: CollectionConfig = {
  slug: 'video-files',
  labels: collectionLabels('影音檔案', 'Video or caption file', 'Video and caption files'),
  access: uploadAccess,
  trash: true,
  hooks: { beforeOperation: [checkUploadContent] },
  admin: {
    group: adminGroups.mediaAndEBooks,
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'updatedAt'],
  },
  upload: {
    staticDir: uploadDirectory('video-files'),
    mimeTypes: [...videoTypes, ...captionTypes],
    // Files are uploaded, never fetched by the server from an address an editor gives.
    pasteURL: false,
  },
  fields: [
    { name: 'description', type: 'text', localized: true, label: label('說明', 'Description') },
    demoField,
    createdByField,
  ],
}
