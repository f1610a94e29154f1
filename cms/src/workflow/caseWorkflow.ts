import { type Account, hasRole, regionOf, schoolOf } from '../access/roles'
import { options } from '../labels'

/** Where an exemplar case stands: drafted and submitted by its school, reviewed by its region's convener. */
export const caseStatuses = options([
  ['draft', '草稿', 'Draft'],
  ['submitted', '已送審', 'Submitted'],
  ['returned', '退回修改', 'Returned for changes'],
  ['approved', '已核定', 'Approved'],
  ['published', '已發布', 'Published'],
] as const)
export type CaseStatus = (typeof caseStatuses)[number]['value']

/** Who takes a step: the submitting side (the school, or an editor for it) or only an editor. */
type Side = 'submitter' | 'editor'

/** Every allowed step; any other change of status is refused. */
const steps: Record<CaseStatus, Partial<Record<CaseStatus, Side>>> = {
  draft: { submitted: 'submitter' },
  submitted: { returned: 'editor', approved: 'editor' },
  returned: { submitted: 'submitter' },
  approved: { published: 'editor', returned: 'editor' },
  published: { approved: 'editor' },
}

export type CaseInReach = { school?: unknown; region?: string | null }

/** Editors of a case: the agency, the contractor, and the convener of the case's region. */
export const editsCase = (account: Account | null, item: CaseInReach): boolean =>
  hasRole(account, 'admin', 'contractor') || (hasRole(account, 'convener') && Boolean(item.region) && item.region === regionOf(account))

const submitsFor = (account: Account | null, schoolId: string | number | null) =>
  hasRole(account, 'school') && schoolId !== null && String(schoolOf(account)) === String(schoolId)

export type StepCheck = { allowed: true } | { allowed: false; reason: 'no-such-step' | 'not-yours' }

/** Whether an account may move a case from one status to another. */
export function checkStep(account: Account | null, from: CaseStatus, to: CaseStatus, item: CaseInReach & { schoolId: string | number | null }): StepCheck {
  const side = steps[from][to]
  if (!side) return { allowed: false, reason: 'no-such-step' }
  const mayTake = editsCase(account, item) || (side === 'submitter' && submitsFor(account, item.schoolId))
  return mayTake ? { allowed: true } : { allowed: false, reason: 'not-yours' }
}

/** The steps an account may take from a status: the buttons the admin offers. */
export const nextSteps = (account: Account | null, from: CaseStatus, item: CaseInReach & { schoolId: string | number | null }): CaseStatus[] =>
  (Object.keys(steps[from]) as CaseStatus[]).filter((to) => checkStep(account, from, to, item).allowed)
