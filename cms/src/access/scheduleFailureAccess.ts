import type { Access, CollectionConfig } from 'payload'

import { accountOf, managesAllContent, nobody } from './roles'

/**
 * A failed schedule concerns the account that made it; the agency and the contractor, who run
 * the job queue, see every one. Those who see a notice may dismiss it (delete it).
 */
const ownOrAll: Access = ({ req }) => {
  const account = accountOf(req)
  if (!account) return false
  return managesAllContent(account) || { scheduledBy: { equals: account.id } }
}

/** Written only by the job runner (`scheduling/scheduleFailures.ts`); read and dismissed by whom it concerns. */
export const scheduleFailureAccess: CollectionConfig['access'] = {
  read: ownOrAll,
  delete: ownOrAll,
  create: nobody,
  update: nobody,
}
