import type { FieldAccess } from 'payload'

import { accountOf, hasRole } from './roles'

/** Fields about the work behind a document (who made it, its review) are not for the public. */
export const signedInOnly: FieldAccess = ({ req }) => Boolean(accountOf(req))

/** Who reviews a case is known to those who run the review, and to the reviewers. */
export const reviewTeamOnly: FieldAccess = ({ req }) => hasRole(accountOf(req), 'admin', 'contractor', 'convener', 'reviewer')

/** Programs' access to the API (API keys) is the agency administrators' to grant. */
export const administratorsOnly: FieldAccess = ({ req }) => hasRole(accountOf(req), 'admin')

/** Schools read the reviews of their cases without learning which reviewer wrote each. */
export const hiddenFromSchools: FieldAccess = ({ req }) => !hasRole(accountOf(req), 'school')
