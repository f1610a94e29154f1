import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isAdmin } from './isAdmin'
import { publishedOrAdmin } from './publishedOrAdmin'

/**
 * The access rules of each kind of collection, defined once so that every collection of a kind
 * states every operation explicitly (Payload would otherwise admit any logged-in user).
 */
type CollectionAccess = NonNullable<CollectionConfig['access']>

/** Drafted content: the public reads published documents; versions and drafts need a login. */
export const editorialAccess: CollectionAccess = {
  create: isAdmin,
  read: publishedOrAdmin,
  readVersions: isAdmin,
  update: isAdmin,
  delete: isAdmin,
}

/** Reference data without drafts (directory, regions, links) and uploaded files: public to read. */
export const publicReferenceAccess: CollectionAccess = {
  create: isAdmin,
  read: anyone,
  readVersions: isAdmin,
  update: isAdmin,
  delete: isAdmin,
}
