import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { accountOf } from '../access/roles'
import type { TaskSchedulePublish } from '../payload-types'
import { localise, messages, refusal } from '../messages'
import { cancelRefusal, type ScheduleTarget, type ScheduleType, scheduleRefusal } from './scheduleRights'

type ScheduleRequest = { type: ScheduleType; doc: ScheduleTarget; waitUntil: Date }

/** The schedule asked for, or `null` when the request does not say what, which document, or a future time. */
function scheduleRequest(data: unknown): ScheduleRequest | null {
  const { type, doc, waitUntil } = (data ?? {}) as { type?: unknown; doc?: { relationTo?: unknown; value?: unknown }; waitUntil?: unknown }
  if (type !== 'publish' && type !== 'unpublish') return null
  if (typeof doc?.relationTo !== 'string' || (typeof doc.value !== 'string' && typeof doc.value !== 'number')) return null
  const at = typeof waitUntil === 'string' ? new Date(waitUntil) : null
  if (!at || Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) return null
  return { type, doc: { relationTo: doc.relationTo as ScheduleTarget['relationTo'], value: String(doc.value) }, waitUntil: at }
}

const invalid = (req: PayloadRequest) => new APIError(localise(req, messages.scheduleInvalid), 400, null, true)

/**
 * POST /api/payload-jobs/schedule-publish `{ type: 'publish' | 'unpublish', doc: { relationTo, value }, waitUntil }`:
 * what the admin's "schedule publish" does, for programs and automation accounts. The job
 * publishes with the rights of the account that scheduled it, as Payload's own drawer does.
 */
const schedulePublish: Endpoint = {
  path: '/schedule-publish',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const account = accountOf(req)
    if (!account) throw refusal(req, messages.scheduleNotAllowed)
    const schedule = scheduleRequest(req.data)
    if (!schedule) throw invalid(req)
    const refused = await scheduleRefusal(req, schedule.doc, schedule.type)
    if (refused) throw refused === messages.scheduleInvalid ? invalid(req) : refusal(req, refused)
    const job = await req.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: schedule.type, doc: schedule.doc as TaskSchedulePublish['input']['doc'], user: { relationTo: 'users', value: String(account.id) } },
      waitUntil: schedule.waitUntil,
      req,
    })
    return Response.json(
      { message: req.t('version:scheduledSuccessfully'), doc: { id: job.id, input: { type: schedule.type, doc: schedule.doc }, waitUntil: job.waitUntil } },
      { status: 201 },
    )
  },
}

/** DELETE /api/payload-jobs/schedule-publish/:id: cancels a schedule that has not run yet. */
const cancelSchedule: Endpoint = {
  path: '/schedule-publish/:id',
  method: 'delete',
  handler: async (req) => {
    if (!accountOf(req)) throw refusal(req, messages.scheduleNotAllowed)
    const id = String(req.routeParams?.id ?? '')
    const job = await req.payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!job || job.taskSlug !== 'schedulePublish' || job.completedAt || job.processing) {
      throw new APIError(localise(req, messages.scheduleNotPending), 404, null, true)
    }
    const refused = await cancelRefusal(req, job)
    if (refused) throw refusal(req, refused)
    await req.payload.delete({ collection: 'payload-jobs', id, overrideAccess: true, req })
    return Response.json({ message: req.t('general:deletedSuccessfully') })
  },
}

export const scheduleEndpoints = [schedulePublish, cancelSchedule]
