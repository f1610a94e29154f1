import type { RelationshipField } from 'payload'

import { signedInOnly } from '../access/fieldAccess'
import { accountOf } from '../access/roles'
import { label } from '../labels'

/**
 * The account that created a document: set by the server on create and never changed after, so
 * rules can give people power over their own uploads and submissions, and notices reach them.
 */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: label('建立者', 'Created by'),
  access: { read: signedInOnly, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      ({ operation, req, originalDoc, value }) => {
        if (operation === 'create') return accountOf(req)?.id ?? value ?? undefined
        return originalDoc?.createdBy ?? value
      },
    ],
  },
}
