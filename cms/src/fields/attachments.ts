import type { UploadField } from 'payload'

import { label } from '../labels'

/** Downloadable files (PDF and office documents) attached to a document, in display order. */
export const attachmentsField: UploadField = {
  name: 'attachments',
  type: 'upload',
  relationTo: 'documents',
  hasMany: true,
  label: label('附件', 'Attachments'),
}
