import type { Access } from 'payload'

import { accountOf, nobody } from './roles'

/**
 * Portal builds are records the server keeps of its own work: every signed-in account may see
 * whether what they published is live yet, and nobody writes them through the admin or the API
 * (an administrator asks for a build with the rebuild endpoint instead).
 */
export const siteBuildAccess = {
  read: (({ req }) => accountOf(req) !== null) satisfies Access,
  create: nobody,
  update: nobody,
  delete: nobody,
}
