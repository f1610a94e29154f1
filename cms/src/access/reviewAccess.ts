import type { Access, CollectionConfig } from 'payload'

import { accountOf, hasRole, managesAllContent, nothing, regionOf, schoolOf } from './roles'

const own: Access = ({ req }) => {
  const account = accountOf(req)
  return hasRole(account, 'reviewer') ? { reviewer: { equals: account.id } } : false
}

/**
 * Reviews of exemplar cases: each reviewer writes and reads only their own, on cases assigned to
 * them (`bindReviewToAssignment`); the agency, the contractor and the case's convener read them,
 * and the case's school reads the comments on its cases (not who wrote them).
 */
export const reviewAccess: NonNullable<CollectionConfig['access']> = {
  create: ({ req }) => hasRole(accountOf(req), 'reviewer'),
  read: ({ req }) => {
    const account = accountOf(req)
    if (managesAllContent(account)) return true
    if (hasRole(account, 'convener')) return regionOf(account) ? { region: { equals: regionOf(account) } } : nothing
    if (hasRole(account, 'school')) return schoolOf(account) ? { school: { equals: schoolOf(account) } } : nothing
    return hasRole(account, 'reviewer') ? { reviewer: { equals: account.id } } : false
  },
  readVersions: ({ req }) => hasRole(accountOf(req), 'admin'),
  update: own,
  delete: ({ req }) => hasRole(accountOf(req), 'admin'),
}
