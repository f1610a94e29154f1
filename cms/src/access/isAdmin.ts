import type { Access, FieldAccess } from 'payload'

/** Agency administrators may do everything. */
export const isAdmin: Access = ({ req: { user } }) => user?.role === 'admin'

export const isAdminField: FieldAccess = ({ req: { user } }) => user?.role === 'admin'
