import { type CollectionBeforeChangeHook, Forbidden, type PayloadRequest } from 'payload'

import { editableBySchool } from '../access/collectionAccess'
import { accountOf, hasRole, idOf } from '../access/roles'
import { localise, messages, refusal } from '../messages'
import { type CaseStatus, caseStatuses, checkStep } from '../workflow/caseWorkflow'
import { regionOfSchool } from './deriveRegion'

/** A status step taken in this request, for `notifyCaseWorkflow` once the case is saved. */
export type CaseStep = { from: CaseStatus; to: CaseStatus; comment: string }
export const CASE_STEP = 'caseStep'

type SavedCase = { workflowStatus?: CaseStatus | null; workflowHistory?: unknown[] | null }

/**
 * The case as last saved, drafts included. Not `originalDoc`: when a save as draft (the admin's
 * usual save) has moved the latest version past what the school may edit, Payload gives the
 * school the main document instead, whose status is older.
 */
async function latestSaved(req: PayloadRequest, id: string | number): Promise<SavedCase | undefined> {
  return (await req.payload.findByID({ collection: 'cases', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })) as SavedCase | undefined
}

/**
 * Moves an exemplar case through its workflow (`workflow/caseWorkflow.ts`) on the server: the
 * requested status (or the admin's Publish button) is checked against the steps the account may
 * take, a return needs a comment, and each step is recorded with who, when and the comment. The
 * history is rebuilt from the stored one on every save, so it cannot be edited through the API.
 */
export const applyCaseWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const account = accountOf(req)
  const saved = operation === 'update' && originalDoc?.id ? await latestSaved(req, originalDoc.id) : undefined
  const from: CaseStatus = saved?.workflowStatus ?? 'draft'
  const comment = typeof data.workflowComment === 'string' ? data.workflowComment.trim() : ''
  delete data.workflowComment
  data.workflowHistory = saved?.workflowHistory ?? []
  // School staff change their case only while it is a draft or returned to them.
  if (hasRole(account, 'school') && !(editableBySchool as readonly CaseStatus[]).includes(from)) throw new Forbidden(req.t)

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
  // Its Unpublish button sends `_status: draft` as an ordinary save (a save as draft has the
  // `draft` query parameter): on a published case it asks to step back to approved.
  if (data._status === 'draft' && from === 'published' && to === 'published' && String(req.query?.draft) !== 'true') to = 'approved'
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
