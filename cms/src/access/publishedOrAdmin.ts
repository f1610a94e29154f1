import type { Access } from 'payload'

/** The public reads published documents only; administrators also read drafts. */
export const publishedOrAdmin: Access = ({ req: { user } }) =>
  user?.role === 'admin' ? true : { _status: { equals: 'published' } }
