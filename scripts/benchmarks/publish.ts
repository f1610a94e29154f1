/**
 * Publish-to-live benchmark: the CMS (production build) with its portal builder, on the seeded
 * content and then with generated exemplar cases added; for each, the seconds from saving one
 * edit of a published news item to the live portal showing it.
 *
 *   BENCH_PUBLISH_CASES=10000 pnpm bench
 *   SITE_BUILD_INCREMENTAL=off BENCH_PUBLISH_CASES=10000 pnpm bench
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { createFirstAdmin, testAdmin } from '../../cms/test/support/accounts'
import { buildForProductionWhenChanged, cmsDirectory, startCms, stopCms } from '../../cms/test/support/cmsServer'
import { request } from '../../cms/test/support/http'
import { buildCovering, isIdle, waitForBuilds } from '../../cms/test/support/siteBuilds'
import { run } from '../../site/test/support/builtSite'

const addedCases = Number(process.env.BENCH_PUBLISH_CASES || 10_000)
/** The server builds as configured: SITE_BUILD_INCREMENTAL=off measures full builds. */
const buildMode = process.env.SITE_BUILD_INCREMENTAL === 'off' ? 'full builds' : 'incremental builds'
const buildDirectory = '.next-bench'
const seconds = (ms: number) => (ms / 1000).toFixed(1)
const load = () => os.loadavg().map((average) => average.toFixed(2)).join(' ')

/**
 * CPU seconds (user + system) a process tree has used so far, its ended children included (the
 * builder's `astro build` and Pagefind): fairer than wall time on a shared machine.
 */
function treeCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // After the command name: state, then utime, stime, cutime, cstime at 11 to 14, in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const own = [11, 12, 13, 14].reduce((sum, field) => sum + Number(fields[field]), 0) / 100
    const children = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
    return own + children.reduce((sum, child) => sum + treeCpuSeconds(Number(child)), 0)
  } catch {
    // The process ended meanwhile: its parent counts it once it is reaped.
    return 0
  }
}

console.log('› Building the CMS for production (next build), unless its last build is newer than its sources')
buildForProductionWhenChanged(buildDirectory)

console.log('› Starting the CMS with its portal builder on a freshly seeded database')
let serverEnvironment: NodeJS.ProcessEnv = {}
const server = await startCms({
  mode: 'start',
  env: { NEXT_DIST_DIR: buildDirectory, SITE_BUILDER: 'on' },
  beforeStart: (env) => {
    serverEnvironment = { ...process.env, ...env }
    return run('pnpm', ['payload', 'run', 'src/seed/run.ts'], { cwd: cmsDirectory, env: serverEnvironment, logFile: path.join(env.DATA_DIR!, 'seed.log') })
  },
})
const results: string[] = []
try {
  const token = await createFirstAdmin(server.url, testAdmin)
  const api = async (pathAndQuery: string, options: Parameters<typeof request>[1] = {}) => {
    const reply = await request(`${server.url}/api${pathAndQuery}`, { token, ...options })
    if (reply.status >= 400) throw new Error(`${options.method ?? 'GET'} ${pathAndQuery} answered ${reply.status}: ${reply.text.slice(0, 300)}`)
    return reply.body
  }
  const liveSite = path.join(server.dataDir, 'portal', 'live', 'site')

  /** A full rebuild, as after a bulk import: its build time and pages. */
  const rebuild = async (label: string) => {
    const before = (await api('/site-builds?limit=0')).totalDocs as number
    await api('/site-builds/rebuild', { method: 'POST' })
    const builds = await waitForBuilds(server.url, token, (list) => list.length > before && isIdle(list), `the ${label} rebuild`, { timeoutMs: 1_800_000, pollMs: 1000 })
    const build = builds.at(-1)!
    if (build.status !== 'live') throw new Error(`The ${label} rebuild failed: ${build.error}`)
    console.log(`  ${label}: ${build.pages} pages built and live in ${build.durationSeconds} s`)
  }

  /** One edit of a published news item, timed from the save to its page on the live portal. */
  const oneEdit = async (label: string) => {
    const { docs } = await api('/news?limit=1&depth=0&where[_status][equals]=published')
    const news = docs[0]
    const title = `${news.title}（更新 ${Date.now().toString(36)}）`
    const loadBefore = load()
    const cpuBefore = treeCpuSeconds(server.process.pid!)
    const started = performance.now()
    await api(`/news/${news.id}`, { method: 'PATCH', json: { title } })
    const build = await buildCovering(server.url, token, news.id)
    const livePage = path.join(liveSite, 'news', news.slug, 'index.html')
    if (build.status !== 'live' || !fs.readFileSync(livePage, 'utf8').includes(title)) throw new Error(`The edit did not go live: ${build.error}`)
    const total = performance.now() - started
    const cpu = treeCpuSeconds(server.process.pid!) - cpuBefore
    const line =
      `  publish to live, ${label}, ${buildMode}: ${seconds(total)} s from saving one edit to the live page (build ${build.durationSeconds} s of ${build.pages} pages; ` +
      `the rest waits for more edits); CPU ${cpu.toFixed(1)} s (user + system, the CMS's processes and its builds); load average ${loadBefore} before, ${load()} after`
    console.log(line)
    results.push(line)
  }

  await rebuild('seeded site, first')
  await oneEdit('seeded site')

  console.log(`› Adding ${addedCases} generated exemplar cases`)
  await run('pnpm', ['payload', 'run', '../scripts/benchmarks/addCases.ts', String(addedCases)], {
    cwd: cmsDirectory,
    env: serverEnvironment,
    logFile: path.join(server.dataDir, 'add-cases.log'),
  })
  await rebuild(`with ${addedCases} more cases, first`)
  await oneEdit(`with ${addedCases} more cases`)

  console.log('\nResults')
  for (const line of results) console.log(line)
} finally {
  await stopCms(server)
}
process.exit(0)
