import type { DateField } from 'payload'

import { label } from '../labels'
import { dayAndTime } from './dateDisplay'

/** The date shown to readers; defaults to now and sorts listings. */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  type: 'date',
  label: label('發布日期', 'Publish date'),
  required: true,
  index: true,
  defaultValue: () => new Date().toISOString(),
  admin: { position: 'sidebar', ...dayAndTime },
}
