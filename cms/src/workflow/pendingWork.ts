import type { Payload, TypedLocale, TypedUser, Where } from 'payload'

import { accountOf, hasRole, idOf, regionOf, schoolOf } from '../access/roles'
import { type Region, regions } from '../vocabularies'
import type { CaseStatus } from './caseWorkflow'

/** A case waiting for someone, with what they need to see in a list. */
export type PendingCase = {
  id: string | number
  title: string
  school: string
  status: CaseStatus
  /** The comment of the last step, when the case was returned with it. */
  returnComment?: string
}

/** What an account has to do next, by role. */
export type PendingWork =
  | { role: 'convener'; toDecide: PendingCase[]; toPublish: PendingCase[] }
  | { role: 'school'; cases: PendingCase[] }
  | { role: 'reviewer'; toReview: PendingCase[] }
  | { role: 'admin' | 'contractor'; submittedByRegion: { region: Region; count: number }[] }
  | { role: null }

type CaseRow = {
  id: string | number
  title?: string | null
  school?: unknown
  workflowStatus?: CaseStatus | null
  workflowHistory?: Array<{ to?: string | null; comment?: string | null }> | null
}

/** Each list shows the most recently changed cases; the collection's own list has them all. */
const LIMIT = 50

const pendingCase = (row: CaseRow): PendingCase => {
  const last = row.workflowHistory?.at(-1)
  const school = row.school && typeof row.school === 'object' ? (row.school as { name?: string }).name : undefined
  return {
    id: row.id,
    title: row.title ?? '',
    school: school ?? '',
    status: row.workflowStatus ?? 'draft',
    ...(row.workflowStatus === 'returned' && last?.to === 'returned' && last.comment ? { returnComment: last.comment } : {}),
  }
}

/**
 * The work waiting for an account, read with its own access rights (so it lists only what the
 * account may read): a convener's region's submitted and approved cases, a school's unpublished
 * cases, a reviewer's assigned cases without their review, and for the agency and the contractor
 * the submitted cases per region.
 */
export async function pendingWork(payload: Payload, user: TypedUser | null | undefined, locale?: string): Promise<PendingWork> {
  const account = accountOf({ user: user ?? null })
  // Latest versions (`draft: true`), as the admin's lists show them: steps are often saved as drafts.
  const asAccount = { user, overrideAccess: false, draft: true, locale: locale as TypedLocale | undefined } as const
  const cases = async (where: Where) =>
    (
      await payload.find({
        collection: 'cases',
        where,
        select: { title: true, school: true, workflowStatus: true, workflowHistory: true },
        populate: { schools: { name: true } },
        depth: 1,
        limit: LIMIT,
        sort: '-updatedAt',
        ...asAccount,
      })
    ).docs.map((row) => pendingCase(row as CaseRow))

  if (hasRole(account, 'admin', 'contractor')) {
    const submittedByRegion = await Promise.all(
      regions.map(async ({ value: region }) => {
        const where: Where = { and: [{ workflowStatus: { equals: 'submitted' } }, { region: { equals: region } }] }
        const { totalDocs } = await payload.find({ collection: 'cases', where, select: {}, depth: 0, limit: 1, ...asAccount })
        return { region, count: totalDocs }
      }),
    )
    return { role: account.role as 'admin' | 'contractor', submittedByRegion }
  }
  if (hasRole(account, 'convener')) {
    const ofRegion = { region: { equals: regionOf(account) ?? '' } }
    const [toDecide, toPublish] = await Promise.all([
      cases({ and: [ofRegion, { workflowStatus: { equals: 'submitted' } }] }),
      cases({ and: [ofRegion, { workflowStatus: { equals: 'approved' } }] }),
    ])
    return { role: 'convener', toDecide, toPublish }
  }
  if (hasRole(account, 'school')) {
    return { role: 'school', cases: await cases({ and: [{ school: { equals: schoolOf(account) ?? '' } }, { workflowStatus: { not_equals: 'published' } }] }) }
  }
  if (hasRole(account, 'reviewer')) {
    const reviews = await payload.find({
      collection: 'case-reviews',
      where: { reviewer: { equals: account.id } },
      select: { case: true },
      depth: 0,
      pagination: false,
      user,
      overrideAccess: false,
    })
    const reviewed = reviews.docs.map((review) => idOf(review.case)).filter((id) => id !== null)
    const assigned: Where = { reviewers: { contains: account.id } }
    return { role: 'reviewer', toReview: await cases(reviewed.length ? { and: [assigned, { id: { not_in: reviewed } }] } : assigned) }
  }
  return { role: null }
}
