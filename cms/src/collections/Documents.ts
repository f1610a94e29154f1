import type { CollectionConfig } from 'payload'

import { documentTypes } from 'media'

import { uploadAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { uploadDirectory } from '../environment'
import { demoField } from '../fields/demo'
import { checkUploadContent } from '../hooks/checkUploadContent'
import { collectionLabels, label } from '../labels'
import { adminGroups } from './adminGroups'

/** Downloadable documents: PDF and office files (handbooks, e-books, attachments). */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: collectionLabels('文件', 'Document', 'Documents'),
  access: uploadAccess,
  trash: true,
  hooks: { beforeOperation: [checkUploadContent] },
  admin: {
    group: adminGroups.mediaAndEBooks,
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'mimeType', 'filesize', 'updatedAt'],
    listSearchableFields: ['title', 'filename'],
  },
  upload: {
    staticDir: uploadDirectory('documents'),
    mimeTypes: [...documentTypes],
    // Files are uploaded, never fetched by the server from an address an editor gives.
    pasteURL: false,
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('文件名稱', 'Title') },
    { name: 'description', type: 'textarea', localized: true, label: label('說明', 'Description') },
    {
      name: 'pageCount',
      type: 'number',
      min: 0,
      label: label('頁數', 'Pages'),
      admin: { position: 'sidebar' },
    },
    demoField,
    createdByField,
  ],
}
