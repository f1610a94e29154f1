import type { Access } from 'payload'

/** Open to everyone, the public included: reference data and published files. */
export const anyone: Access = () => true
