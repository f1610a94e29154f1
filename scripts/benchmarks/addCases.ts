/**
 * Adds generated exemplar cases to the database the CMS settings point at, printing progress:
 * `payload run ../scripts/benchmarks/addCases.ts <count>` from `cms/`.
 */
import { getPayload } from 'payload'

import config from '../../cms/src/payload.config'
import { addGeneratedCases } from './generatedCases'

const count = Number(process.argv[2] || 10_000)
const payload = await getPayload({ config })
const started = Date.now()
await addGeneratedCases(payload, count, (done) => {
  if (done % 1000 === 0 || done === count) console.log(`  cases ${done}/${count} (${(done / ((Date.now() - started) / 1000)).toFixed(0)}/s)`)
})
process.exit(0)
