import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { caseStatuses } from '../workflow/caseWorkflow'
import { CASE_STEP, type CaseStep } from './applyCaseWorkflow'

const statusLabel = (status: string) => caseStatuses.find((option) => option.value === status)!.label

async function recipients(req: PayloadRequest, doc: Record<string, unknown>): Promise<string[]> {
  const submitter = idOf(doc.createdBy)
  const found = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        { active: { not_equals: false } },
        { or: [...(submitter ? [{ id: { equals: submitter } }] : []), { and: [{ role: { equals: 'convener' } }, { region: { equals: doc.region ?? '' } }] }] },
      ],
    },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [...new Set(found.docs.map((user) => user.email).filter(Boolean))]
}

/**
 * After a workflow step, tells the case's submitter and its region's conveners: what changed, who
 * did it, the comment, and where to find the case. In Chinese with English below, since notices
 * go out before anyone chooses a language.
 */
export const notifyCaseWorkflow: CollectionAfterChangeHook = async ({ doc, req }) => {
  const step = req.context[CASE_STEP] as CaseStep | undefined
  if (!step) return doc
  delete req.context[CASE_STEP]
  const to = await recipients(req, doc)
  if (to.length === 0) return doc
  const actor = (req.user as { name?: string; email?: string } | null)?.name ?? req.user?.email ?? ''
  const [from, next] = [statusLabel(step.from), statusLabel(step.to)]
  const link = `${req.payload.config.serverURL || ''}/admin/collections/cases/${doc.id}`
  const comment = step.comment ? `\n說明／Comment：${step.comment}\n` : ''
  const subject = `【優良範例】${doc.title}：${next['zh-TW']}／Exemplar case ${next.en}`
  try {
    await req.payload.sendEmail({
      to,
      subject,
      text:
        `優良範例「${doc.title}」的狀態已由「${from['zh-TW']}」改為「${next['zh-TW']}」（${actor}）。\n` +
        `The exemplar case “${doc.title}” went from “${from.en}” to “${next.en}” (${actor}).\n` +
        comment +
        `\n${link}\n`,
    })
  } catch (error) {
    // The step stands (it is in the history) even when the mail server or the outbox fails.
    req.payload.logger.error({ err: error, msg: `Notice "${subject}" to ${to.join(', ')} could not be sent` })
  }
  return doc
}
