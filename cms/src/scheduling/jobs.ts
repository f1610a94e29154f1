import type { Config, Payload, Where } from 'payload'

import { operatesJobs } from '../access/jobAccess'
import { jobRunner } from '../environment'
import { collectionLabels } from '../labels'
import { makePortalImages } from '../media/makePortalImages'
import { scheduleEndpoints } from './scheduleEndpoints'

/** Jobs the runner would pick up now: what Payload's `runJobs` selects. */
const dueJobs = (): Where => ({
  and: [
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { processing: { equals: false } },
    { queue: { equals: 'default' } },
    { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
  ],
})

/**
 * Whether a tick of the runner has anything to do, asked with a plain read. Payload's runner
 * claims jobs in a write transaction on every tick; on SQLite that would take the write lock every
 * few seconds and make editors' saves wait for it, for nothing.
 */
const anyJobDue = async (payload: Payload) => (await payload.db.count({ collection: 'payload-jobs', where: dueJobs() })).totalDocs > 0

/**
 * Payload's job queue, which carries scheduled publishes (`fields/draftVersions.ts`) and the
 * making of the portal's image variants after an upload (`media/makePortalImages.ts`). Each CMS
 * server runs due jobs every few seconds unless JOB_RUNNER=off (`environment.ts`).
 */
export const jobs: Config['jobs'] = {
  tasks: [makePortalImages],
  autoRun: jobRunner.enabled ? [{ cron: `*/${jobRunner.intervalSeconds} * * * * *` }] : undefined,
  shouldAutoRun: anyJobDue,
  access: { run: operatesJobs, queue: operatesJobs, cancel: operatesJobs },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: collectionLabels('排程工作', 'Job', 'Jobs'),
    access: { ...defaultJobsCollection.access, read: operatesJobs },
    endpoints: [...(defaultJobsCollection.endpoints || []), ...scheduleEndpoints],
  }),
}
