/**
 * Load test: a throwaway installation on loopback (installation.ts), then for 50 and for 200
 * connections, autocannon against the CMS's REST API and, separately, against the portal, both
 * through nginx, each while editors save and publish (editors.ts). Prints requests/s, latency and
 * errors of each, and the editors' writes; the portal builder runs as in production.
 *
 *   LOAD_DURATION_SECONDS=60 pnpm load
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'

import { request } from '../../cms/test/support/http'
import { searchShardPath } from '../../site/src/search/shards'
import { type CannonFigures, fire } from './load/cannon'
import { keepEditing, pauseBetweenSavesMs, signInEditors, type Writes } from './load/editors'
import { startInstallation } from './load/installation'

const durationSeconds = Number(process.env.LOAD_DURATION_SECONDS || 60)
const connectionCounts = [50, 200]

const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' ')
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN
}
const milliseconds = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(0))

console.log(`› Load test on ${os.cpus().length} cores, load average ${loadAverage()}; ${durationSeconds} s per run`)
const installation = await startInstallation((line) => console.log(`› ${line}`))
type Run = { target: string; connections: number; figures: CannonFigures; writes: Writes }
const runs: Run[] = []
try {
  const { cmsURL, siteURL } = installation
  // The public reads published cases only.
  const published = await request(`${cmsURL}/api/cases?limit=1&depth=0`)
  const slug = published.body?.docs?.[0]?.slug as string | undefined
  if (!slug) throw new Error(`No published exemplar case to ask for: ${published.text.slice(0, 300)}`)

  const targets = [
    {
      name: 'CMS REST API',
      paths: [
        '/api/news?limit=20&depth=1&sort=-publishedAt',
        `/api/cases?where[slug][equals]=${slug}&limit=1&depth=1`,
        `/api/cases?where[title][like]=${encodeURIComponent('職涯')}&limit=20&depth=0`,
        '/api/globals/site-settings?depth=1',
      ],
    },
    // Home, a list, a detail page and the search's script.
    { name: 'portal', paths: ['/', '/news/', `/cases/${slug}/`, `/${searchShardPath(0)}pagefind.js`] },
  ]
  for (const { paths } of targets) {
    for (const path of paths) {
      const answer = await request(`${siteURL}${path}`)
      if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status} before the load: ${answer.text.slice(0, 300)}`)
    }
  }

  // Editors go through nginx, as they do in production.
  const editors = await signInEditors(siteURL, installation.adminToken)
  console.log(
    `› ${editors.length} editors (${editors.map(({ name }) => name).join(', ')}) save and publish news and exemplar cases throughout every run, ` +
      `each ${pauseBetweenSavesMs / 1000} s after its previous save; ` +
      'the portal builder is on: publishes rebuild the portal during the load, as in production',
  )

  for (const connections of connectionCounts) {
    for (const target of targets) {
      const label = `${target.name}, ${connections} connections`
      const editing = keepEditing(siteURL, editors)
      const started = performance.now()
      let printedAt = 0
      const progress = (responses: number) => {
        const seconds = Math.min(durationSeconds, Math.round((performance.now() - started) / 1000))
        const line = `  ${label}: ${seconds}/${durationSeconds} s, ${responses} responses; editors ${editing.writes.durations.length} writes, ${editing.writes.errors.length} errors`
        if (process.stdout.isTTY) process.stdout.write(`\r${line}\x1b[K`)
        // Without a terminal, a line every 10 s.
        else if (seconds >= printedAt + 10) {
          printedAt = seconds - (seconds % 10)
          console.log(line)
        }
      }
      console.log(`› ${label}: ${target.paths.join(' · ')}`)
      const headers = { 'accept-encoding': 'gzip', 'accept-language': 'zh-TW' }
      const figures = await fire({ url: siteURL, connections, durationSeconds, paths: target.paths, headers }, progress)
      const writes = await editing.stop()
      if (process.stdout.isTTY) process.stdout.write('\n')
      runs.push({ target: target.name, connections, figures, writes })
    }
  }

  const builds = await installation.finishedBuilds()
  console.log(`\nResults (${durationSeconds} s per run, load average now ${loadAverage()})`)
  console.log(
    `  portal builder on: ${builds.live} builds went live during the runs, ${builds.failed} failed` +
      (builds.errors.length ? ` (${[...new Set(builds.errors)].join('; ')})` : ''),
  )
  const columns = ['target', 'conns', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'timeouts', 'editor writes', 'p50 ms', 'p99 ms', 'write errors']
  const rows = runs.map(({ target, connections, figures, writes }) => [
    target,
    String(connections),
    String(figures.requests),
    figures.requestsPerSecond.toFixed(0),
    milliseconds(figures.p50),
    milliseconds(figures.p99),
    String(figures.non2xx),
    String(figures.errors),
    String(figures.timeouts),
    String(writes.durations.length),
    milliseconds(percentile(writes.durations, 50)),
    milliseconds(percentile(writes.durations, 99)),
    String(writes.errors.length),
  ])
  const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => row[index]!.length)))
  for (const row of [columns, ...rows]) console.log(`  ${row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ')}`)

  for (const { target, connections, figures, writes } of runs) {
    const statuses = Object.entries(figures.statusCodes).filter(([status]) => !status.startsWith('2'))
    if (statuses.length) console.log(`  ${target}, ${connections}: answers ${statuses.map(([status, { count }]) => `${status} ×${count}`).join(', ')}`)
    for (const [cause, times] of Object.entries(figures.errorCauses)) {
      const when = times.length > 12 ? `${times.slice(0, 12).join(', ')}…` : times.join(', ')
      console.log(`  ${target}, ${connections}: error ×${times.length}: ${cause}, at ${when} s`)
    }
    const kinds = Object.entries(writes.byKind).map(
      ([what, durations]) => `${what} ${milliseconds(percentile(durations, 50))}/${milliseconds(percentile(durations, 99))}`,
    )
    if (kinds.length) console.log(`  ${target}, ${connections}: editors' writes by kind, p50/p99 ms: ${kinds.join(' · ')}`)
    const causes = new Map<string, number>()
    for (const error of writes.errors) causes.set(error, (causes.get(error) ?? 0) + 1)
    for (const [cause, count] of causes) console.log(`  ${target}, ${connections}: editors' write failed ×${count}: ${cause}`)
  }
  if (process.env.CMS_TEST_KEEP) console.log(`  CMS log: ${installation.cms.logFile}`)
} finally {
  await installation.stop()
}
process.exit(0)
