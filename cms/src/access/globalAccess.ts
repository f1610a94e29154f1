import type { GlobalConfig } from 'payload'

import { anyone } from './anyone'
import { accountOf, managesAllContent } from './roles'

/** Site-wide settings are public to read (the portal renders them) and edited by the agency and the contractor. */
export const globalAccess: NonNullable<GlobalConfig['access']> = {
  read: anyone,
  readVersions: ({ req }) => managesAllContent(accountOf(req)),
  update: ({ req }) => managesAllContent(accountOf(req)),
}
