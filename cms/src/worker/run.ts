/**
 * The CMS's background worker, its own process beside the server (`startWorker.ts`), run by
 * `payload run`: it builds the portal when content changes (unless SITE_BUILDER=off) and runs due
 * jobs such as scheduled publishes (unless JOB_RUNNER=off), from the moment the server starts.
 * Exporting thousands of documents and watching Astro would otherwise hold up the server's
 * answers to editors. It ends with the server that started it.
 */
import { getPayload } from 'payload'

import { siteBuilder } from '../environment'
import config from '../payload.config'
import { runSiteBuilder } from '../publishing/siteBuildQueue'
import { runJobsInThisProcess } from './jobRunnerProcess'

process.on('disconnect', () => process.exit(0))
// `cron` starts Payload's job runner (`scheduling/jobs.ts`), which runs jobs in this process only.
runJobsInThisProcess()
const payload = await getPayload({ config, cron: true })
if (siteBuilder.enabled) await runSiteBuilder(payload)
// `payload run` exits when the script settles: this one runs until its server stops.
await new Promise<never>(() => {})
