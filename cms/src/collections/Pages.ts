import type { CollectionConfig } from 'payload'

import { nationalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { draftVersions } from '../fields/draftVersions'
import { slugField } from '../fields/slug'
import { collectionLabels, label } from '../labels'
import { pageKinds } from '../vocabularies'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

/** Standing pages: about, privacy and security policy, accessibility and open-data statements. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: collectionLabels('頁面', 'Page', 'Pages'),
  access: nationalContentAccess,
  trash: true,
  versions: draftVersions,
  admin: {
    group: adminGroups.content,
    useAsTitle: 'title',
    // The portal shows the standing pages only: "other" pages have no page to preview.
    preview: draftPreview('pages', (page) => page.kind !== 'other'),
    defaultColumns: ['title', 'kind', 'slug', '_status', 'updatedAt'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('標題', 'Title') },
    { name: 'kind', type: 'select', required: true, defaultValue: 'other', options: pageKinds, label: label('頁面類型', 'Kind of page') },
    { name: 'summary', type: 'textarea', localized: true, label: label('摘要', 'Summary') },
    { name: 'body', type: 'richText', required: true, localized: true, label: label('內容', 'Body') },
    slugField(),
    createdByField,
  ],
}
