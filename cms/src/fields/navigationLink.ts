import type { Field, TextFieldSingleValidation } from 'payload'

import { label } from '../labels'
import { localise, messages } from '../messages'
import { isHttpURL } from './url'

const validateHref: TextFieldSingleValidation = (value, { req }) =>
  (typeof value === 'string' && (/^\/[\w\-/.#?=&]*$/.test(value) || isHttpURL(value))) || localise(req, messages.invalidURL)

/** A labelled link to a portal path (`/news`) or an outside address. */
export const navigationLinkFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'label', type: 'text', required: true, localized: true, label: label('文字', 'Label') },
      {
        name: 'href',
        type: 'text',
        required: true,
        label: label('連結', 'Link'),
        admin: { description: label('站內路徑（如 /news）或完整網址。', 'A portal path (e.g. /news) or a full URL.') },
        validate: validateHref,
      },
    ],
  },
]
