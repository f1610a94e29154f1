import type { CollectionBeforeOperationHook } from 'payload'

import { messages, refusal } from '../messages'
import { operationData } from './operationData'

/**
 * A locked account stays locked until an administrator unlocks it. Payload's password reset would
 * unlock it too, so a reset link is refused while its account is locked.
 */
export const keepLockedAccountsLocked: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { token } = operationData(args)
  if (operation !== 'resetPassword' || typeof token !== 'string' || token === '') return args
  const account = await req.payload.db.findOne<{ id: string; lockUntil?: string | null }>({
    collection: collection.slug,
    req,
    where: { resetPasswordToken: { equals: token } },
  })
  if (account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now()) throw refusal(req, messages.accountLocked)
  return args
}
