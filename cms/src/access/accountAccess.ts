import type { Access, Where } from 'payload'

import { accountOf, hasRole, nothing, regionOf } from './roles'

/**
 * Accounts: agency administrators manage all; contractor staff all but the agency's; conveners
 * the school-staff accounts of their region; everyone reads and edits their own (what they may
 * change in it is checked by `checkAccountChanges`).
 */
const ownAccount = (id: string | number): Where => ({ id: { equals: id } })

const schoolStaffOfRegion = (region: string | null): Where => (region ? { and: [{ role: { equals: 'school' } }, { region: { equals: region } }] } : nothing)

const manageableAccounts: Access = ({ req }) => {
  const account = accountOf(req)
  if (!account) return false
  if (hasRole(account, 'admin')) return true
  if (hasRole(account, 'contractor')) return { or: [ownAccount(account.id), { role: { not_equals: 'admin' } }] }
  if (hasRole(account, 'convener')) return { or: [ownAccount(account.id), schoolStaffOfRegion(regionOf(account))] }
  return ownAccount(account.id)
}

export const accountAccess = {
  /** Opening the admin needs an active work account. */
  admin: ({ req }: { req: Parameters<Access>[0]['req'] }) => Boolean(accountOf(req)),
  create: (({ req }) => hasRole(accountOf(req), 'admin', 'contractor', 'convener')) satisfies Access,
  read: manageableAccounts,
  readVersions: (({ req }) => hasRole(accountOf(req), 'admin')) satisfies Access,
  update: manageableAccounts,
  /** Accounts are deactivated, not deleted, so their history keeps its author; only administrators delete. */
  delete: (({ req }) => hasRole(accountOf(req), 'admin')) satisfies Access,
  unlock: (({ req }) => hasRole(accountOf(req), 'admin')) satisfies Access,
}
