import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { collectionLabels, label } from '../labels'
import { linkGroups } from '../vocabularies'
import { adminGroups } from './adminGroups'

/** 相關連結: government and private career and employment sites, grouped. */
export const Links: CollectionConfig = {
  slug: 'links',
  labels: collectionLabels('相關連結', 'Link', 'Links'),
  access: referenceAccess,
  trash: true,
  versions: { maxPerDoc: 20 },
  defaultSort: 'order',
  admin: {
    group: adminGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'group', 'url', 'order', 'updatedAt'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('網站名稱', 'Site name') },
    urlField({ name: 'url', required: true, label: label('網址', 'URL') }),
    {
      type: 'row',
      fields: [
        { name: 'group', type: 'select', required: true, options: linkGroups, index: true, label: label('分類', 'Group') },
        { name: 'order', type: 'number', defaultValue: 0, label: label('排序', 'Order') },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: label('說明', 'Description') },
    slugField(),
    createdByField,
  ],
}
