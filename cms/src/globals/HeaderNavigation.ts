import type { GlobalConfig } from 'payload'

import { adminGroups } from '../collections/adminGroups'
import { navigationLinkFields } from '../fields/navigationLink'
import { label } from '../labels'
import { globalAccess } from '../access/globalAccess'

export const HeaderNavigation: GlobalConfig = {
  slug: 'header-navigation',
  label: label('主選單', 'Header navigation'),
  access: globalAccess,
  versions: { max: 20 },
  admin: { group: adminGroups.directoryAndSettings },
  fields: [
    {
      name: 'items',
      type: 'array',
      label: label('選單項目', 'Menu items'),
      maxRows: 12,
      fields: [
        ...navigationLinkFields,
        {
          name: 'children',
          type: 'array',
          label: label('子選單', 'Submenu'),
          maxRows: 12,
          fields: navigationLinkFields,
        },
      ],
    },
  ],
}
