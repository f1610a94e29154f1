import type { CollectionConfig } from 'payload'

import { nationalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { draftVersions } from '../fields/draftVersions'
import { demoField } from '../fields/demo'
import { slugField } from '../fields/slug'
import { collectionLabels, label } from '../labels'
import { audiences, materialKinds, trainingModules } from '../vocabularies'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

/** 教材手冊: teaching materials and handbooks, each a downloadable file. */
export const Materials: CollectionConfig = {
  slug: 'materials',
  labels: collectionLabels('教材手冊', 'Teaching material', 'Teaching materials and handbooks'),
  access: nationalContentAccess,
  trash: true,
  versions: draftVersions,
  defaultSort: '-editionYear',
  admin: {
    preview: draftPreview('materials'),
    group: adminGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'trainingModule', 'editionYear', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('名稱', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: materialKinds, index: true, label: label('類別', 'Kind') },
        { name: 'trainingModule', type: 'select', options: trainingModules, index: true, label: label('培訓模組', 'Training module') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'audiences', type: 'select', hasMany: true, options: audiences, label: label('適用對象', 'Audience') },
        { name: 'editionYear', type: 'number', required: true, index: true, min: 2000, max: 2100, label: label('版本年度（西元）', 'Edition year') },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, label: label('簡介', 'Summary') },
    { name: 'file', type: 'upload', relationTo: 'documents', required: true, label: label('檔案', 'File') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('封面', 'Cover') },
    slugField(),
    demoField,
    createdByField,
  ],
}
