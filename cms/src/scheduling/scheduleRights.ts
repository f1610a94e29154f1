import { type CollectionSlug, docAccessOperation, type PayloadRequest } from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import { accountOf, managesAllContent } from '../access/roles'
import type { BilingualLabel } from '../labels'
import { messages } from '../messages'
import { type CaseStatus, editsCase } from '../workflow/caseWorkflow'

export type ScheduleType = 'publish' | 'unpublish'
export type ScheduleTarget = { relationTo: CollectionSlug; value: string | number }

type Target = { workflowStatus?: CaseStatus | null; region?: string | null }

/** The document as last saved, drafts included; `null` when it does not exist (any more). */
async function latestSaved(req: PayloadRequest, target: ScheduleTarget): Promise<Target | null> {
  return (await req.payload.findByID({
    collection: target.relationTo,
    id: target.value,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Target | null
}

/**
 * Whether the signed-in account may publish and unpublish this document at all: its update rights
 * on the document and, for an exemplar case, being one of its editors (school staff and reviewers
 * never publish a case; see `workflow/caseWorkflow.ts`).
 */
async function publishes(req: PayloadRequest, target: ScheduleTarget, saved: Target): Promise<boolean> {
  const account = accountOf(req)
  const collection = req.payload.collections[target.relationTo]
  if (!account || !collection) return false
  const permissions = await docAccessOperation({ id: target.value, collection, data: { _status: 'published' }, req })
  if (!permissions.update) return false
  return target.relationTo === 'cases' ? editsCase(account, saved) : true
}

/**
 * Why the signed-in account may not schedule this publish or unpublish now, or `null` when it may.
 * The job later runs with the same account's rights as they are then (Payload's `schedulePublish`
 * task publishes as the scheduling user), so a schedule accepted here still fails if the account
 * has been deactivated or lost its rights, or the case is no longer approved, by the time it runs.
 */
export async function scheduleRefusal(req: PayloadRequest, target: ScheduleTarget, type: ScheduleType): Promise<BilingualLabel | null> {
  const collection = req.payload.collections[target.relationTo]
  if (!collection || !hasScheduledPublishEnabled(collection.config)) return messages.scheduleInvalid
  const saved = await latestSaved(req, target)
  if (!saved || !(await publishes(req, target, saved))) return messages.scheduleNotAllowed
  // A case is published only from approved, as with the Publish button (`hooks/applyCaseWorkflow.ts`).
  const publishable: Array<CaseStatus | null | undefined> = ['approved', 'published']
  if (target.relationTo === 'cases' && type === 'publish' && !publishable.includes(saved.workflowStatus)) return messages.publishNeedsApproval
  return null
}

/**
 * Why the signed-in account may not cancel this scheduled job, or `null` when it may: those who
 * may publish the document cancel its schedules (whatever the case's status is by now); other
 * jobs, and schedules of documents since deleted, only the agency and the contractor.
 */
export async function cancelRefusal(req: PayloadRequest, job: { taskSlug?: string | null; input?: unknown }): Promise<BilingualLabel | null> {
  const target = job.taskSlug === 'schedulePublish' ? (job.input as { doc?: ScheduleTarget } | null)?.doc : undefined
  const saved = target && req.payload.collections[target.relationTo] ? await latestSaved(req, target) : null
  const mayCancel = target && saved ? await publishes(req, target, saved) : managesAllContent(accountOf(req))
  return mayCancel ? null : messages.scheduleNotAllowed
}
