import type { CollectionBeforeChangeHook } from 'payload'

import { accountOf, idOf } from '../access/roles'
import { localise, messages, refusal } from '../messages'
import { type CaseStatus, caseStatuses, checkStep } from '../workflow/caseWorkflow'
import { regionOfSchool } from './deriveRegion'

/** A status step taken in this request, for `notifyCaseWorkflow` once the case is saved. */
export type CaseStep = { from: CaseStatus; to: CaseStatus; comment: string }
export const CASE_STEP = 'caseStep'

/**
 * Moves an exemplar case through its workflow (`workflow/caseWorkflow.ts`) on the server: the
 * requested status (or the admin's Publish button) is checked against the steps the account may
 * take, a return needs a comment, and each step is recorded with who, when and the comment. The
 * history is rebuilt from the stored one on every save, so it cannot be edited through the API.
 */
export const applyCaseWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const account = accountOf(req)
  const from: CaseStatus = operation === 'create' ? 'draft' : ((originalDoc?.workflowStatus as CaseStatus | undefined) ?? 'draft')
  const comment = typeof data.workflowComment === 'string' ? data.workflowComment.trim() : ''
  delete data.workflowComment
  data.workflowHistory = operation === 'create' ? [] : (originalDoc?.workflowHistory ?? [])

  // The CMS's own scripts (seeding, imports) set any status.
  if (!account && !req.user) {
    data.workflowStatus ??= from
    if (data.workflowStatus === 'published') data._status = 'published'
    return data
  }

  let to: CaseStatus = (data.workflowStatus as CaseStatus | undefined) ?? from
  // The admin's Publish button sends `_status: published` without a status: on a case not yet
  // published it asks to publish. On a published case `_status` is `published` anyway (Payload
  // fills unsent fields from the stored document), so the requested status decides.
  if (data._status === 'published' && to !== 'published' && from !== 'published') {
    if (from === 'approved') to = 'published'
    else throw refusal(req, messages.publishNeedsApproval)
  }
  const statusName = (status: CaseStatus) => localise(req, caseStatuses.find((option) => option.value === status)!.label)

  if (to !== from) {
    const school = data.school ?? originalDoc?.school
    const check = checkStep(account, from, to, { schoolId: idOf(school), region: await regionOfSchool(req, school) })
    if (!check.allowed) {
      throw refusal(req, check.reason === 'no-such-step' ? messages.transitionNotAllowed : messages.transitionNotYours, { from: statusName(from), to: statusName(to) })
    }
    if (to === 'returned' && !comment) throw refusal(req, messages.returnNeedsComment)
    data.workflowHistory = [...data.workflowHistory, { from, to, by: account?.id, at: new Date().toISOString(), comment }]
    req.context[CASE_STEP] = { from, to, comment } satisfies CaseStep
  }
  data.workflowStatus = to
  // Publishing makes the case public; stepping back from published takes it off the portal. Saves
  // without a step keep their own `_status` (a draft of changes to a published case stays a draft).
  if (to !== from && to === 'published') data._status = 'published'
  if (to !== from && from === 'published') data._status = 'draft'
  return data
}
