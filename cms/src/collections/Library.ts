import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { nationalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { draftVersions } from '../fields/draftVersions'
import { demoField } from '../fields/demo'
import { slugField } from '../fields/slug'
import { isHttpURL, urlField } from '../fields/url'
import { collectionLabels, label } from '../labels'
import { defaultLocale } from '../locales'
import { localise, messages } from '../messages'
import { libraryItemTypes } from '../vocabularies'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

/** A link needs its address; any other item needs a file, an address or its full text. */
const fileOrURL: TextFieldSingleValidation = (value, { req, siblingData }) => {
  if (value) return isHttpURL(value) || localise(req, messages.invalidURL)
  const item = siblingData as { itemType?: string; file?: unknown; fullText?: unknown }
  if (item.itemType === 'link') return localise(req, messages.fileOrURLRequired)
  // The full text is per language: an English version may rely on the Chinese one.
  const hasContent = Boolean(item.file || item.fullText) || req.locale !== defaultLocale
  return hasContent || localise(req, messages.fileOrURLRequired)
}

/** 職輔圖書館: policies, competency standards, books, articles, reports and links. */
export const Library: CollectionConfig = {
  slug: 'library',
  labels: collectionLabels('職輔圖書館', 'Library item', 'Career guidance library'),
  access: nationalContentAccess,
  trash: true,
  versions: draftVersions,
  defaultSort: '-year',
  admin: {
    preview: draftPreview('library'),
    group: adminGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'itemType', 'authors', 'year', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'authors', 'slug'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('標題', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'itemType', type: 'select', required: true, options: libraryItemTypes, index: true, label: label('類型', 'Item type') },
        { name: 'year', type: 'number', index: true, min: 1900, max: 2100, label: label('年度（西元）', 'Year') },
      ],
    },
    { name: 'authors', type: 'text', localized: true, label: label('作者／發布單位', 'Authors or issuer') },
    { name: 'tags', type: 'text', hasMany: true, index: true, label: label('標籤', 'Tags') },
    { name: 'summary', type: 'textarea', required: true, localized: true, label: label('摘要', 'Summary') },
    { name: 'fullText', type: 'richText', localized: true, label: label('全文', 'Full text') },
    {
      type: 'row',
      fields: [
        { name: 'file', type: 'upload', relationTo: 'documents', label: label('檔案', 'File') },
        urlField({
          name: 'url',
          label: label('網址', 'URL'),
          validate: fileOrURL,
        }),
      ],
    },
    {
      name: 'sourceFile',
      type: 'text',
      label: label('來源檔名', 'Source file'),
      admin: { position: 'sidebar', readOnly: true, description: label('由原始文件匯入時記錄。', 'Recorded when imported from a source document.') },
    },
    slugField(),
    demoField,
    createdByField,
  ],
}
