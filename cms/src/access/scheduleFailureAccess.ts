import type { Access, CollectionConfig } from 'payload'

import { accountOf, hasRole, managesAllContent, nobody } from './roles'

/**
 * A failed schedule concerns the account that made it; the agency and the contractor, who run
 * the job queue, see every one. Whoever sees a notice may dismiss it
 * (`scheduling/dismissScheduleFailure.ts`).
 */
export const readsScheduleFailure: Access = ({ req }) => {
  const account = accountOf(req)
  if (!account) return false
  return managesAllContent(account) || { scheduledBy: { equals: account.id } }
}

/** Written only by the job runner (`scheduling/scheduleFailures.ts`); deleted for good by administrators only, as everything is. */
export const scheduleFailureAccess: CollectionConfig['access'] = {
  read: readsScheduleFailure,
  create: nobody,
  update: nobody,
  delete: ({ req }) => hasRole(accountOf(req), 'admin'),
}
