import type { CollectionConfig } from 'payload'

import { captionTypes, videoTypes } from 'media'

import { uploadAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { uploadDirectory } from '../environment'
import { demoField } from '../fields/demo'
import { checkUploadContent } from '../hooks/checkUploadContent'
import { recordVideoFacts } from '../hooks/recordVideoFacts'
import { collectionLabels, label } from '../labels'
import { adminGroups } from './adminGroups'

/** Video files (MP4, WebM), whose duration and size are read at upload, and their WebVTT caption tracks. */
export const VideoFiles: CollectionConfig = {
  slug: 'video-files',
  labels: collectionLabels('影音檔案', 'Video or caption file', 'Video and caption files'),
  access: uploadAccess,
  trash: true,
  hooks: { beforeOperation: [checkUploadContent], beforeChange: [recordVideoFacts] },
  admin: {
    group: adminGroups.mediaAndEBooks,
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'mimeType', 'durationSeconds', 'filesize', 'updatedAt'],
  },
  upload: {
    staticDir: uploadDirectory('video-files'),
    mimeTypes: [...videoTypes, ...captionTypes],
    // Files are uploaded, never fetched by the server from an address an editor gives.
    pasteURL: false,
  },
  fields: [
    { name: 'description', type: 'text', localized: true, label: label('說明', 'Description') },
    {
      name: 'durationSeconds',
      type: 'number',
      min: 0,
      label: label('片長（秒）', 'Duration (seconds)'),
      admin: { position: 'sidebar', readOnly: true, description: label('上傳影片時自動讀取。', 'Read from the video when it is uploaded.') },
    },
    demoField,
    createdByField,
  ],
}
