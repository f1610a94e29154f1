import type { CollectionConfig } from 'payload'

import { derivativeFormat, imageSizes, imageTypes } from 'media'

import { uploadAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { uploadDirectory } from '../environment'
import { demoField } from '../fields/demo'
import { checkUploadContent } from '../hooks/checkUploadContent'
import { queuePortalImages } from '../hooks/queuePortalImages'
import { stripImageMetadata } from '../hooks/stripImageMetadata'
import { collectionLabels, label } from '../labels'
import { adminGroups } from './adminGroups'

/**
 * Images: photos, covers and posters, with alt text. The original is stored without its metadata
 * (EXIF location among it); Payload makes the admin's thumbnail, and the background worker the
 * portal's variants.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels('圖片', 'Image', 'Images'),
  access: uploadAccess,
  trash: true,
  hooks: { beforeOperation: [checkUploadContent, stripImageMetadata], afterChange: [queuePortalImages] },
  admin: {
    group: adminGroups.mediaAndEBooks,
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'width', 'height', 'updatedAt'],
    listSearchableFields: ['alt', 'filename'],
  },
  upload: {
    staticDir: uploadDirectory('media'),
    mimeTypes: [...imageTypes],
    // Files are uploaded, never fetched by the server from an address an editor gives.
    pasteURL: false,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: imageSizes.map((size) => ({
      ...size,
      withoutEnlargement: false,
      formatOptions: { format: derivativeFormat.format, options: { quality: derivativeFormat.quality } },
    })),
    // The thumbnail carries no metadata either.
    withMetadata: false,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('替代文字', 'Alt text'),
      admin: {
        description: label(
          '說明圖片內容，供看不到圖片的讀者使用；純裝飾圖片請寫「裝飾」。',
          'Describe the image for readers who cannot see it.',
        ),
      },
    },
    { name: 'caption', type: 'text', localized: true, label: label('圖說', 'Caption') },
    { name: 'credit', type: 'text', label: label('攝影／來源', 'Credit') },
    demoField,
    createdByField,
  ],
}
