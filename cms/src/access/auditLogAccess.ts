import type { Access } from 'payload'

import { accountOf, hasRole, nobody } from './roles'

/**
 * The audit log is read by the agency's administrators and written only by the server (Local API
 * with access overridden), so no account, administrators included, can add, change or remove an
 * entry through the admin, REST or GraphQL. Only active administrators read it.
 */
export const auditLogAccess = {
  read: (({ req }) => hasRole(accountOf(req), 'admin')) satisfies Access,
  create: nobody,
  update: nobody,
  delete: nobody,
  readVersions: nobody,
}
