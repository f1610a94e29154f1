import { APIError, type Endpoint } from 'payload'

import { accountOf } from '../access/roles'
import { localise, messages, refusal } from '../messages'

/**
 * POST /api/schedule-failures/:id/dismiss: the notice of a failed schedule is no longer shown.
 * Anyone who may read the failure may dismiss it; the record itself stays (only the runner writes
 * failures, so the collection has no update rights).
 */
export const dismissScheduleFailure: Endpoint = {
  path: '/:id/dismiss',
  method: 'post',
  handler: async (req) => {
    if (!accountOf(req)) throw refusal(req, messages.scheduleNotAllowed)
    const id = String(req.routeParams?.id ?? '')
    const failure = await req.payload.findByID({ collection: 'schedule-failures', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
    if (!failure) throw new APIError(localise(req, messages.scheduleFailureNotFound), 404, null, true)
    const dismissed = await req.payload.update({
      collection: 'schedule-failures',
      id,
      data: { dismissedAt: failure.dismissedAt ?? new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json({ doc: dismissed })
  },
}
