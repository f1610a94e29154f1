import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../access/collectionAccess'
import { slugField } from '../fields/slug'
import { collectionLabels, label } from '../labels'
import { counties, regions } from '../vocabularies'
import { adminGroups } from './adminGroups'

/** The three regions, their counties and each year's convener school (召集學校). */
export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: collectionLabels('區域', 'Region', 'Regions'),
  access: referenceAccess,
  versions: { maxPerDoc: 20 },
  admin: {
    group: adminGroups.directoryAndSettings,
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'updatedAt'],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('名稱', 'Name') },
    { name: 'region', type: 'select', required: true, unique: true, options: regions, label: label('區域代碼', 'Region') },
    { name: 'counties', type: 'select', hasMany: true, options: counties, label: label('涵蓋縣市', 'Counties and cities') },
    { name: 'description', type: 'textarea', localized: true, label: label('說明', 'Description') },
    {
      name: 'conveners',
      type: 'array',
      label: label('召集學校', 'Convener schools'),
      labels: { singular: label('年度召集學校', 'Convener of a year'), plural: label('召集學校', 'Convener schools') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: label('年度（西元）', 'Year') },
            { name: 'school', type: 'relationship', relationTo: 'schools', required: true, label: label('學校', 'School') },
          ],
        },
      ],
    },
    slugField('name'),
  ],
}
