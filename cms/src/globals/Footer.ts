import type { GlobalConfig } from 'payload'

import { adminGroups } from '../collections/adminGroups'
import { navigationLinkFields } from '../fields/navigationLink'
import { label } from '../labels'
import { globalAccess } from '../access/globalAccess'

export const Footer: GlobalConfig = {
  slug: 'footer',
  label: label('頁尾', 'Footer'),
  access: globalAccess,
  versions: { max: 20 },
  admin: { group: adminGroups.directoryAndSettings },
  fields: [
    {
      name: 'links',
      type: 'array',
      label: label('頁尾連結', 'Footer links'),
      maxRows: 12,
      fields: navigationLinkFields,
    },
    { name: 'note', type: 'textarea', localized: true, label: label('附註', 'Note') },
    { name: 'copyright', type: 'text', localized: true, label: label('版權宣告', 'Copyright notice') },
  ],
}
