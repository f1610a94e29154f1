import type { FieldHook, SelectField } from 'payload'

import { type BilingualLabel, label } from '../labels'
import { regions } from '../vocabularies'

/** The region a document belongs to; empty means national. */
export const regionField = (description?: BilingualLabel): SelectField => ({
  name: 'region',
  type: 'select',
  label: label('區域', 'Region'),
  options: regions,
  index: true,
  admin: { position: 'sidebar', description },
})

/** A region that follows from another field (a school, a county): computed on save, never typed in. */
export const derivedRegionField = (description: BilingualLabel, derive: FieldHook): SelectField => ({
  ...regionField(description),
  admin: { position: 'sidebar', readOnly: true, description },
  hooks: { beforeChange: [derive] },
})
