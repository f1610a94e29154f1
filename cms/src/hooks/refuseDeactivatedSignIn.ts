import type { CollectionBeforeLoginHook } from 'payload'

import { messages, refusal } from '../messages'

/** A deactivated account cannot sign in (its open sessions already have no powers: `accountOf`). */
export const refuseDeactivatedSignIn: CollectionBeforeLoginHook = ({ req, user }) => {
  if ((user as { active?: boolean | null }).active === false) throw refusal(req, messages.accountDeactivated)
  return user
}
