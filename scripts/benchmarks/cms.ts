/**
 * CMS benchmark: seed throughput for generated exemplar cases (Local API, one SQLite file), then
 * REST list latency for a filtered, paginated query on that data over real HTTP.
 *
 *   BENCH_CASES=10000 BENCH_REQUESTS=200 pnpm bench
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const caseCount = Number(process.env.BENCH_CASES || 10_000)
const requestCount = Number(process.env.BENCH_REQUESTS || 200)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-bench-'))
const databaseURI = `file:${path.join(dataDir, 'bench.db')}`
// The CMS reads its settings when its modules load: set them before importing any of them.
Object.assign(process.env, { DATA_DIR: dataDir, DATABASE_URI: databaseURI, S3_BUCKET: '', SMTP_HOST: '' })

const { buildForProduction, cmsEnvironment, migrate, startCms, stopCms } = await import('../../cms/test/support/cmsServer')
const { schoolsStep } = await import('../../cms/src/seed/demo/schools')
const { addGeneratedCases } = await import('./generatedCases')
const { regionsStep } = await import('../../cms/src/seed/real/regions')
const { progressReporter } = await import('../../cms/src/seed/progress')

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const seconds = (ms: number) => (ms / 1000).toFixed(1)

function progressBar(label: string, done: number, total: number, started: number) {
  if (!process.stdout.isTTY && done !== total && done % Math.ceil(total / 10) !== 0) return
  const rate = done / ((performance.now() - started) / 1000)
  const line = `  ${label} ${done}/${total} (${rate.toFixed(0)}/s)`
  process.stdout.write(process.stdout.isTTY ? `\r${line}` : `${line}\n`)
}

console.log(`› CMS benchmark on ${os.cpus().length} cores, data in ${dataDir}`)
await migrate(cmsEnvironment({ dataDir, databaseURI }))

const { getPayload } = await import('payload')
const { default: config } = await import('../../cms/src/payload.config')
const payload = await getPayload({ config })
const quiet = progressReporter(() => {})
await regionsStep.run({ payload, progress: quiet, seedsDirectory: '' })
await schoolsStep.run({ payload, progress: quiet, seedsDirectory: '' })

console.log(`› Seeding ${caseCount} generated exemplar cases (published, with version history)`)
const seedStarted = performance.now()
await addGeneratedCases(payload, caseCount, (done) => progressBar('cases', done, caseCount, seedStarted))
const seedMs = performance.now() - seedStarted
if (process.stdout.isTTY) process.stdout.write('\n')
await payload.destroy()

// Latency is measured on a production build, as editors and the site build would meet it.
const buildDirectory = '.next-bench'
console.log('› Building the CMS for production (next build)')
buildForProduction(buildDirectory)
console.log('› Starting the CMS on that database')
const server = await startCms({ databaseURI, mode: 'start', env: { NEXT_DIST_DIR: buildDirectory } })
try {
  const query = (page: number) =>
    `${server.url}/api/cases?where[region][equals]=north&where[academicYear][greater_than_equal]=112` +
    `&where[planType][equals]=cross-school&sort=-updatedAt&limit=20&page=${page}&depth=1`
  const first = await fetch(query(1)).then((response) => response.json() as Promise<{ totalDocs: number; totalPages: number }>)
  // Warm-up: let the server open its connections and fill its caches.
  for (let warm = 0; warm < 5; warm++) await fetch(query(1)).then((response) => response.arrayBuffer())

  console.log(`› ${requestCount} requests: north, academic year ≥ 112, cross-school, 20 a page (${first.totalDocs} matches)`)
  const latencies: number[] = []
  for (let request = 0; request < requestCount; request++) {
    const started = performance.now()
    const response = await fetch(query((request % Math.max(1, first.totalPages)) + 1))
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`GET answered ${response.status}`)
    latencies.push(performance.now() - started)
  }
  latencies.sort((a, b) => a - b)

  console.log('\nResults')
  console.log(`  seed:       ${caseCount} cases in ${seconds(seedMs)} s = ${(caseCount / (seedMs / 1000)).toFixed(0)} documents/s`)
  console.log(
    `  REST list:  p50 ${percentile(latencies, 50).toFixed(1)} ms · p95 ${percentile(latencies, 95).toFixed(1)} ms · ` +
      `max ${latencies.at(-1)!.toFixed(1)} ms over ${requestCount} requests`,
  )
} finally {
  await stopCms(server)
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
