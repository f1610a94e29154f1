import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { AUDIT_LOG } from '../collections/AuditLog'
import { SITE_BUILDS } from '../collections/SiteBuilds'
import { notePasswordChange, recordChange, recordDeletion, recordGlobalChange } from './recordChanges'
import { recordRefusals } from './recordRefusals'
import { noteSignInAttempt, recordSignIn } from './recordSignIns'

/** The server's own records: the changes that cause them are audited already. */
const unaudited = [AUDIT_LOG, SITE_BUILDS]

function withAuditHooks(collection: CollectionConfig): CollectionConfig {
  if (unaudited.includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      // Accounts: their password never reaches `afterChange`, and their sign-ins are recorded too.
      ...(collection.auth && {
        beforeChange: [...(hooks.beforeChange ?? []), notePasswordChange],
        beforeOperation: [...(hooks.beforeOperation ?? []), noteSignInAttempt],
        afterLogin: [...(hooks.afterLogin ?? []), recordSignIn],
      }),
      afterChange: [...(hooks.afterChange ?? []), recordChange],
      afterDelete: [...(hooks.afterDelete ?? []), recordDeletion],
    },
  }
}

const withGlobalAuditHooks = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), recordGlobalChange] },
})

/**
 * The audit trail (`collections/AuditLog.ts`): every collection and global of the platform records
 * its changes, accounts their sign-ins, and the whole API its failed sign-ins and refusals. Payload's
 * own collections (preferences, locks, migrations) are added after plugins run, so they are left out.
 */
export const recordAuditTrail: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(withAuditHooks),
  globals: config.globals?.map(withGlobalAuditHooks),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), recordRefusals] },
})
