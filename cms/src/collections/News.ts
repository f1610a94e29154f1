import type { CollectionConfig } from 'payload'

import { regionalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { draftVersions } from '../fields/draftVersions'
import { keepInOwnRegion } from '../hooks/keepInOwnRegion'
import { attachmentsField } from '../fields/attachments'
import { demoField } from '../fields/demo'
import { publishedAtField } from '../fields/publishedAt'
import { regionField } from '../fields/region'
import { slugField } from '../fields/slug'
import { collectionLabels, label } from '../labels'
import { newsCategories, projectZones } from '../vocabularies'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

export const News: CollectionConfig = {
  slug: 'news',
  labels: collectionLabels('最新消息', 'News item', 'News'),
  access: regionalContentAccess,
  trash: true,
  hooks: { beforeChange: [keepInOwnRegion] },
  // "News" is both singular and plural in English; GraphQL needs distinct query names.
  graphQL: { singularName: 'NewsItem', pluralName: 'News' },
  versions: draftVersions,
  defaultSort: '-publishedAt',
  admin: {
    preview: draftPreview('news'),
    group: adminGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'region', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('標題', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'select', required: true, options: newsCategories, index: true, label: label('類別', 'Category') },
        { name: 'projectZone', type: 'select', options: projectZones, index: true, label: label('專案專區', 'Project zone') },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, label: label('摘要', 'Summary') },
    { name: 'body', type: 'richText', localized: true, label: label('內容', 'Body') },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: label('封面圖片', 'Cover image') },
    attachmentsField,
    slugField(),
    publishedAtField,
    regionField(label('留白表示全國。', 'Leave empty for national news.')),
    {
      name: 'pinned',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('置頂', 'Pinned'),
      admin: { position: 'sidebar' },
    },
    demoField,
    createdByField,
  ],
}
