import type { CollectionConfig } from 'payload'

import { regionalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { dayOnly } from '../fields/dateDisplay'
import { draftVersions } from '../fields/draftVersions'
import { keepInOwnRegion } from '../hooks/keepInOwnRegion'
import { demoField } from '../fields/demo'
import { photosField } from '../fields/photos'
import { regionField } from '../fields/region'
import { slugField } from '../fields/slug'
import { collectionLabels, label } from '../labels'
import { projectZones } from '../vocabularies'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

/** 活動花絮: a photo album of one event. */
export const Galleries: CollectionConfig = {
  slug: 'galleries',
  labels: collectionLabels('活動花絮', 'Gallery', 'Galleries'),
  access: regionalContentAccess,
  trash: true,
  hooks: { beforeChange: [keepInOwnRegion] },
  versions: draftVersions,
  defaultSort: '-eventDate',
  admin: {
    preview: draftPreview('galleries'),
    group: adminGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'eventDate', 'region', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'event', 'slug'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('相簿名稱', 'Album title') },
    {
      type: 'row',
      fields: [
        { name: 'event', type: 'text', required: true, localized: true, label: label('活動名稱', 'Event') },
        {
          name: 'eventDate',
          type: 'date',
          required: true,
          index: true,
          label: label('活動日期', 'Event date'),
          admin: dayOnly,
        },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: label('說明', 'Description') },
    photosField({ minRows: 1, required: true }),
    slugField(),
    regionField(label('留白表示全國。', 'Leave empty for a national event.')),
    { name: 'projectZone', type: 'select', options: projectZones, label: label('專案專區', 'Project zone'), admin: { position: 'sidebar' } },
    demoField,
    createdByField,
  ],
}
