import type { Access, CollectionConfig, Where } from 'payload'

import { anyone } from './anyone'
import { type Account, accountOf, hasRole, managesAllContent, nothing, regionOf, schoolOf } from './roles'

/**
 * The access rules of each kind of collection, one function per operation and each stated
 * explicitly (Payload would otherwise admit any logged-in user). A rule returns `true`, `false` or
 * a query the documents must match, so lists, counts and `where` filters obey it too.
 */
type CollectionAccess = NonNullable<CollectionConfig['access']>

const published: Where = { _status: { equals: 'published' } }
const either = (...conditions: Where[]): Where => ({ or: conditions })

/** An access function from a rule on the signed-in account (`null` for the public). */
const rule =
  (decide: (account: Account | null) => boolean | Where): Access =>
  ({ req }) =>
    decide(accountOf(req))

const inOwnRegion = (account: Account | null): Where => {
  const region = regionOf(account)
  return region ? { region: { equals: region } } : nothing
}

const ofOwnSchool = (account: Account | null): Where => {
  const school = schoolOf(account)
  return school ? { school: { equals: school } } : nothing
}

/** Version records keep the document's fields under `version`. */
const inVersions = (where: Where): Where =>
  Object.fromEntries(Object.entries(where).map(([field, condition]) => [field === 'or' || field === 'and' ? field : `version.${field}`, condition]))

/**
 * Deleting moves a document to the trash, for those the rule allows; deleting for good (and
 * emptying the trash) is for agency administrators only. Payload passes the update's data when
 * the deletion is a move to the trash.
 */
const trashOr =
  (mayTrash: (account: Account | null) => boolean | Where): Access =>
  ({ req, data }) => {
    const account = accountOf(req)
    if (hasRole(account, 'admin')) return true
    return data?.deletedAt ? mayTrash(account) : false
  }

/** National content (materials, library, pages, e-books, videos, surveys, project zones). */
export const nationalContentAccess: CollectionAccess = {
  create: rule(managesAllContent),
  read: rule((account) => managesAllContent(account) || published),
  readVersions: rule(managesAllContent),
  update: rule(managesAllContent),
  delete: trashOr(managesAllContent),
}

/** Regional content (news, galleries): conveners also create, edit and publish their region's. */
export const regionalContentAccess: CollectionAccess = {
  create: rule((account) => managesAllContent(account) || hasRole(account, 'convener')),
  read: rule((account) => managesAllContent(account) || (hasRole(account, 'convener') ? either(published, inOwnRegion(account)) : published)),
  readVersions: rule((account) => managesAllContent(account) || (hasRole(account, 'convener') && inVersions(inOwnRegion(account)))),
  update: rule((account) => managesAllContent(account) || (hasRole(account, 'convener') && inOwnRegion(account))),
  delete: trashOr((account) => managesAllContent(account) || (hasRole(account, 'convener') && inOwnRegion(account))),
}

/** Exemplar-case statuses in which the submitting school may still change its case. */
export const editableBySchool = ['draft', 'returned'] as const

/**
 * Exemplar cases: schools write their own as drafts and follow them through review; conveners
 * review and publish their region's; reviewers read the cases assigned to them.
 */
export const caseAccess: CollectionAccess = {
  create: rule((account) => managesAllContent(account) || hasRole(account, 'convener', 'school')),
  read: rule((account) => {
    if (managesAllContent(account)) return true
    if (hasRole(account, 'convener')) return either(published, inOwnRegion(account))
    if (hasRole(account, 'school')) return either(published, ofOwnSchool(account))
    if (hasRole(account, 'reviewer')) return either(published, { reviewers: { contains: account.id } })
    return published
  }),
  readVersions: rule((account) => {
    if (managesAllContent(account)) return true
    if (hasRole(account, 'convener')) return inVersions(inOwnRegion(account))
    if (hasRole(account, 'school')) return inVersions(ofOwnSchool(account))
    return false
  }),
  update: rule((account) => {
    if (managesAllContent(account)) return true
    if (hasRole(account, 'convener')) return inOwnRegion(account)
    if (hasRole(account, 'school')) return { and: [ofOwnSchool(account), { workflowStatus: { in: [...editableBySchool] } }] }
    return false
  }),
  delete: trashOr((account) => {
    if (managesAllContent(account)) return true
    if (hasRole(account, 'convener')) return inOwnRegion(account)
    if (hasRole(account, 'school')) return { and: [ofOwnSchool(account), { workflowStatus: { equals: 'draft' } }] }
    return false
  }),
}

/** Reference data without drafts (schools, regions, links): public to read, edited by the agency and contractor. */
export const referenceAccess: CollectionAccess = {
  create: rule(managesAllContent),
  read: anyone,
  readVersions: rule(managesAllContent),
  update: rule(managesAllContent),
  delete: trashOr(managesAllContent),
}

/**
 * Uploaded files (images, documents, videos): public to read, since published pages show them;
 * every work account may upload for its content, and changes or deletes its own uploads.
 */
export const uploadAccess: CollectionAccess = {
  create: rule((account) => managesAllContent(account) || hasRole(account, 'convener', 'school')),
  read: anyone,
  readVersions: rule(managesAllContent),
  update: rule((account) => managesAllContent(account) || (hasRole(account, 'convener', 'school') && { createdBy: { equals: account.id } })),
  delete: trashOr((account) => managesAllContent(account) || (hasRole(account, 'convener', 'school') && { createdBy: { equals: account.id } })),
}
