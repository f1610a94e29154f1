import type { CollectionConfig } from 'payload'

import { documentTypes } from 'media'

import { uploadAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { uploadDirectory } from '../environment'
import { demoField } from '../fields/demo'
import { checkUploadContent } from '../hooks/checkUploadContent'
import { coverNewPdf, recordDocumentFacts, removeCoverOfRefusedSave, renameDocumentCover } from '../hooks/recordDocumentFacts'
import { collectionLabels, label } from '../labels'
import { adminGroups } from './adminGroups'

/**
 * Downloadable documents: PDF and office files (handbooks, e-books, attachments). A PDF's page
 * count, first-page size and a cover image of its first page are made from the file at each upload.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: collectionLabels('文件', 'Document', 'Documents'),
  access: uploadAccess,
  trash: true,
  hooks: {
    beforeOperation: [checkUploadContent, coverNewPdf],
    beforeChange: [recordDocumentFacts, renameDocumentCover],
    afterError: [removeCoverOfRefusedSave],
  },
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
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('封面', 'Cover'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('上傳 PDF 時由第一頁自動產生。', "Made from a PDF's first page when it is uploaded."),
      },
    },
    {
      name: 'pageCount',
      type: 'number',
      min: 0,
      label: label('頁數', 'Pages'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'pageSize',
      type: 'text',
      label: label('第一頁尺寸', 'First page size'),
      admin: { position: 'sidebar', readOnly: true },
    },
    demoField,
    createdByField,
  ],
}
