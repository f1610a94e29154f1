import type { Access, PayloadRequest, Where } from 'payload'

import { options } from '../labels'

/**
 * Who does what on the platform (see DOMAIN.md): the agency runs everything, the contractor
 * school operates the content, each region's convener school publishes for its region and reviews
 * its schools' submissions, school staff submit exemplar cases, reviewers score what is assigned
 * to them.
 */
export const roles = options([
  ['admin', '本署管理者', 'Agency administrator'],
  ['contractor', '承辦學校人員', 'Contractor staff'],
  ['convener', '區域召集學校人員', 'Regional convener'],
  ['school', '學校職涯輔導人員', 'School staff'],
  ['reviewer', '評審委員', 'Reviewer'],
] as const)
export type Role = (typeof roles)[number]['value']

/** What the access rules need of an account (the JWT and the session carry these fields). */
export type Account = {
  id: string | number
  role?: Role | null
  region?: string | null
  school?: string | number | { id: string | number } | null
  active?: boolean | null
  collection?: string
}

/**
 * The signed-in account the rules apply to, or `null` for the public. A deactivated account has
 * no powers, even with a session it opened before it was deactivated.
 */
export function accountOf(req: Pick<PayloadRequest, 'user'>): Account | null {
  const user = req.user as Account | null | undefined
  if (!user || user.collection !== 'users' || user.active === false || !user.role) return null
  return user
}

export const hasRole = (account: Account | null, ...allowed: Role[]): account is Account & { role: Role } =>
  Boolean(account?.role && allowed.includes(account.role))

/** The agency and the contractor manage every piece of content. */
export const managesAllContent = (account: Account | null): boolean => hasRole(account, 'admin', 'contractor')

/** The id of a relationship value, whether it arrives as an id or as the related document. */
export const idOf = (value: unknown): string | number | null =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : ((value as string | number | null | undefined) ?? null)

/** The school a school-staff account works for. */
export const schoolOf = (account: Account | null) => (hasRole(account, 'school') ? idOf(account.school) : null)

/** The region a convener account works for. */
export const regionOf = (account: Account | null) => (hasRole(account, 'convener') ? (account.region ?? null) : null)

/** A query that matches nothing: for an account bound to a region or school it has not been given. */
export const nothing: Where = { id: { exists: false } }

/** Allowed to nobody through the admin, REST or GraphQL: records only the server writes (Local API). */
export const nobody: Access = () => false
