/**
 * The portal builder's own process, started by the CMS server (`builderProcess.ts`) and run by
 * `payload run`: exporting thousands of documents and watching Astro would otherwise hold up the
 * server's answers to editors. It ends with the server that started it.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { runSiteBuilder } from './siteBuildQueue'

process.on('disconnect', () => process.exit(0))
const payload = await getPayload({ config })
await runSiteBuilder(payload)
// `payload run` exits when the script settles: this one runs until its server stops.
await new Promise<never>(() => {})
