import type { CheckboxField } from 'payload'

import { label } from '../labels'

/** Marks invented demonstration content so nobody mistakes it for a real record. */
export const demoField: CheckboxField = {
  name: 'demo',
  type: 'checkbox',
  label: label('示範資料', 'Demo content'),
  defaultValue: false,
  index: true,
  admin: {
    position: 'sidebar',
    description: label('虛構的示範內容，並非真實紀錄。', 'Invented for demonstration; not a real record.'),
  },
}
