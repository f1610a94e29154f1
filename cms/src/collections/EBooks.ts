import type { CollectionConfig } from 'payload'

import { nationalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { draftVersions } from '../fields/draftVersions'
import { demoField } from '../fields/demo'
import { slugField } from '../fields/slug'
import { collectionLabels, label } from '../labels'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

/** 影音專區 e-books: a PDF to read in the browser or download, with its chapters. */
export const EBooks: CollectionConfig = {
  slug: 'ebooks',
  labels: collectionLabels('電子書', 'E-book', 'E-books'),
  access: nationalContentAccess,
  trash: true,
  versions: draftVersions,
  defaultSort: '-year',
  admin: {
    preview: draftPreview('ebooks'),
    group: adminGroups.mediaAndEBooks,
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('書名', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'authors', type: 'text', localized: true, label: label('作者／編者', 'Authors or editors') },
        { name: 'year', type: 'number', index: true, min: 2000, max: 2100, label: label('出版年度（西元）', 'Year') },
      ],
    },
    { name: 'summary', type: 'textarea', required: true, localized: true, label: label('簡介', 'Summary') },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'documents',
      required: true,
      label: label('PDF 檔案', 'PDF file'),
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('封面', 'Cover') },
    {
      name: 'chapters',
      type: 'array',
      label: label('章節', 'Chapters'),
      labels: { singular: label('章節', 'Chapter'), plural: label('章節', 'Chapters') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true, localized: true, label: label('章節名稱', 'Chapter title') },
            { name: 'page', type: 'number', required: true, min: 1, label: label('起始頁', 'Starting page') },
          ],
        },
      ],
    },
    slugField(),
    demoField,
    createdByField,
  ],
}
