import type { CollectionBeforeChangeHook } from 'payload'

import { accountOf, idOf } from '../access/roles'
import { messages, refusal } from '../messages'

/**
 * A review is written by the reviewer signed in, on a case assigned to them, and stays on that
 * case and with that reviewer; it takes the case's region and school, so that the convener and
 * the school can read it.
 */
export const bindReviewToAssignment: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const account = accountOf(req)
  if (operation === 'update') {
    data.reviewer = originalDoc?.reviewer
    data.case = originalDoc?.case
    data.region = originalDoc?.region
    data.school = originalDoc?.school
    return data
  }
  if (!account && !req.user) return data
  const caseId = idOf(data.case)
  const item = caseId ? await req.payload.findByID({ collection: 'cases', id: caseId, depth: 0, req, draft: true, disableErrors: true, overrideAccess: true }) : null
  const assigned = (item?.reviewers ?? []).map((reviewer: unknown) => String(idOf(reviewer)))
  if (!account || !item || !assigned.includes(String(account.id))) throw refusal(req, messages.reviewNotAssigned)
  data.reviewer = account.id
  data.region = item.region ?? null
  data.school = idOf(item.school)
  return data
}
