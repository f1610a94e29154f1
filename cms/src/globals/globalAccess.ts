import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'

/** Site-wide settings are public to read (the portal renders them) and edited by administrators. */
export const globalAccess: NonNullable<GlobalConfig['access']> = {
  read: anyone,
  readVersions: isAdmin,
  update: isAdmin,
}
