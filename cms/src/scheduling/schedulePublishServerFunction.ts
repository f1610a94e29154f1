import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { localise, messages } from '../messages'
import { cancelRefusal, scheduleRefusal } from './scheduleRights'

/**
 * The admin's "schedule publish" drawer, with the platform's rules: Payload's own server function
 * only checks that the account may use the admin, so anyone signed in could queue a publish of
 * anything (to fail later) or cancel anyone's schedule. Here a schedule or a cancellation the
 * account may not make is refused with the reason, before anything is queued or deleted.
 */
export const schedulePublishWithinRights: typeof schedulePublishHandler = async (args) => {
  const { req, doc, deleteID, type } = args
  const refused = deleteID
    ? await cancelRefusal(req, (await req.payload.findByID({ collection: 'payload-jobs', id: deleteID, depth: 0, overrideAccess: true, disableErrors: true, req })) ?? {})
    : doc
      ? await scheduleRefusal(req, doc, type === 'unpublish' ? 'unpublish' : 'publish')
      : messages.scheduleNotAllowed
  if (refused) {
    req.payload.logger.warn({ msg: 'Schedule refused', user: req.user?.id, doc, deleteID })
    return { error: localise(req, refused) }
  }
  return schedulePublishHandler(args)
}
