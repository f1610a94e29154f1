import type { PayloadRequest } from 'payload'

import { accountOf, managesAllContent } from './roles'

/**
 * The job queue (scheduled publishes and their failures) is for the agency and the contractor to
 * read and to run by hand (`/api/payload-jobs/run`). Editors see and cancel the schedules of a
 * document on the document itself; nobody writes jobs through the REST or GraphQL collection API
 * (schedules are made through `scheduling/scheduleEndpoints.ts` or the admin).
 */
export const operatesJobs = ({ req }: { req: PayloadRequest }): boolean => managesAllContent(accountOf(req))
