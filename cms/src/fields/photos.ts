import type { ArrayField } from 'payload'

import { label } from '../labels'

/** Ordered photos, each with its own caption (drag to reorder in the admin). */
export const photosField = (overrides: Partial<ArrayField> = {}): ArrayField =>
  ({
    name: 'photos',
    type: 'array',
    label: label('照片', 'Photos'),
    labels: { singular: label('照片', 'Photo'), plural: label('照片', 'Photos') },
    fields: [
      { name: 'image', type: 'upload', relationTo: 'media', required: true, label: label('圖片', 'Image') },
      { name: 'caption', type: 'text', localized: true, label: label('說明', 'Caption') },
    ],
    ...overrides,
  }) as ArrayField
