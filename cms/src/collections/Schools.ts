import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { referenceAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { demoField } from '../fields/demo'
import { derivedRegionField } from '../fields/region'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { regionFromCounty } from '../hooks/deriveRegion'
import { collectionLabels, label } from '../labels'
import { localise, messages } from '../messages'
import { counties } from '../vocabularies'
import { adminGroups } from './adminGroups'

const validatePhone: TextFieldSingleValidation = (value, { req }) =>
  !value || /^[0-9+()#\-\s]{6,40}$/.test(value) || localise(req, messages.invalidPhone)

const validateEmail: TextFieldSingleValidation = (value, { req }) =>
  !value || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) || localise(req, messages.invalidEmail)

/** 職涯輔導單位通訊錄: each school's career-guidance unit and how to reach it. */
export const Schools: CollectionConfig = {
  slug: 'schools',
  labels: collectionLabels('學校通訊錄', 'School', 'Schools directory'),
  access: referenceAccess,
  trash: true,
  versions: { maxPerDoc: 20 },
  defaultSort: 'name',
  admin: {
    group: adminGroups.directoryAndSettings,
    useAsTitle: 'name',
    defaultColumns: ['name', 'county', 'region', 'unitName', 'phone', 'updatedAt'],
    listSearchableFields: ['name', 'unitName', 'slug'],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('學校名稱', 'School name') },
    {
      type: 'row',
      fields: [
        { name: 'county', type: 'select', required: true, options: counties, index: true, label: label('縣市', 'County or city') },
        { name: 'unitName', type: 'text', required: true, localized: true, label: label('職涯輔導單位', 'Career guidance unit') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          type: 'text',
          label: label('電話', 'Phone'),
          validate: validatePhone,
        },
        {
          name: 'email',
          type: 'text',
          label: label('電子郵件', 'Email'),
          validate: validateEmail,
        },
      ],
    },
    { name: 'address', type: 'text', localized: true, label: label('地址', 'Address') },
    urlField({ name: 'website', label: label('網站', 'Website') }),
    slugField('name'),
    derivedRegionField(label('依縣市自動帶入。', 'Set from the county.'), regionFromCounty),
    demoField,
    createdByField,
  ],
}
