/**
 * Site benchmark: the static portal built from a generated snapshot of many documents, without the
 * CMS. Prints build time and pages/s, Pagefind's indexing time and index size, peak memory of the
 * build, page weights (HTML, JavaScript) and what a first and a second search cost in Chromium.
 *
 *   BENCH_SITE_DOCUMENTS=10000 pnpm bench
 *
 * The generated documents reuse the seeded snapshot's images and files, so image derivatives come
 * from the cache across builds, as in production: encoding them is not what is measured.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import readline from 'node:readline'

import { siteBuildEnvironment } from '../../cms/src/environment'
import type { Snapshot } from '../../cms/src/snapshot/types'
import { snapshotFiles } from '../../cms/src/snapshot/types'
import { multiplySnapshot, writeSnapshotFolder } from './site/generateSnapshot'
import { measurePages } from './site/pageWeight'
import { type PeakMemory, watchPeakMemory } from './site/processTreeMemory'
import { probeSearch } from './site/searchProbe'

const documentCount = Number(process.env.BENCH_SITE_DOCUMENTS || 10_000)
/** A query found on most pages, then a narrower one. */
const queries = ['職涯輔導', '企業參訪'] as const

const siteDirectory = path.resolve(import.meta.dirname, '../../site')
const workDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'site-bench-'))
/** Throwaway folders, removed at the end. */
const cleanUp = [workDirectory]

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const count = (value: number) => value.toLocaleString('en')

type BuildResult = {
  milliseconds: number
  /** Until the pages were written, before the integrations' build-done steps (files, sitemap, index). */
  renderMilliseconds?: number
  peakMemory: PeakMemory
  indexedPages?: number
  indexSeconds?: number
}

/** `astro build` of a snapshot folder into `outDir`, printing its main steps and rendering progress. */
async function buildSite(snapshotFolder: string, outDir: string, label: string): Promise<BuildResult> {
  const logFile = path.join(workDirectory, `${label}-build.log`)
  const log = fs.createWriteStream(logFile)
  const started = performance.now()
  const child = spawn(path.join(siteDirectory, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: siteDirectory,
    env: { ...siteBuildEnvironment(snapshotFolder), NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const memory = watchPeakMemory(child.pid!)
  let rendered = 0
  let indexed: { pages: number; seconds: number } | undefined
  let renderMilliseconds: number | undefined
  const onLine = (line: string) => {
    log.write(`${line}\n`)
    if (renderMilliseconds === undefined && /astro:build:done|\[portal:/.test(line)) renderMilliseconds = performance.now() - started
    // Astro lists every page it writes; a count is enough.
    if (/^\S*\s+[├└]─ /.test(line) && ++rendered % 2000 === 0) console.log(`    ${count(rendered)} pages rendered`)
    // "N of M pages indexed while rendering; index done X s after the last page"
    const index = /(\d+) of \d+ pages indexed while rendering; index done ([\d.]+) s after the last page/.exec(line)
    if (index) indexed = { pages: Number(index[1]), seconds: Number(index[2]) }
    if (/\[(?:build|portal:[\w-]+)\]|error/i.test(line)) console.log(`    ${line.replace(/^\d\d:\d\d:\d\d\s*/, '')}`)
  }
  readline.createInterface({ input: child.stdout! }).on('line', onLine)
  readline.createInterface({ input: child.stderr! }).on('line', onLine)
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const peakMemory = memory.stop()
  log.end()
  if (exitCode !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')
    throw new Error(`astro build exited with ${exitCode}:\n${tail}`)
  }
  return {
    milliseconds: performance.now() - started,
    renderMilliseconds,
    peakMemory,
    indexedPages: indexed?.pages,
    indexSeconds: indexed?.seconds,
  }
}

function folderSize(folder: string): { bytes: number; diskBytes: number; files: number } {
  let [bytes, diskBytes, files] = [0, 0, 0]
  for (const name of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = fs.statSync(path.join(folder, name))
    if (!stat.isFile()) continue
    bytes += stat.size
    diskBytes += stat.blocks * 512
    files++
  }
  return { bytes, diskBytes, files }
}

console.log(`› Site benchmark on ${os.cpus().length} cores, ${megabytes(os.totalmem())} memory, work folder ${workDirectory}`)
try {
  // The seeded snapshot is built first so that every image derivative is in the cache: the
  // generated documents use the same images, and their encoding is not what is measured.
  const { portalDirectory, snapshotDirectory } = await import('../../cms/src/environment')
  // The live release's content, else an exported snapshot, else a throwaway seeded database's.
  let baseFolder = [path.join(portalDirectory, 'live', 'snapshot'), snapshotDirectory].find((folder) =>
    fs.existsSync(path.join(folder, snapshotFiles.content)),
  )
  let seededBuild: string
  if (baseFolder) {
    console.log(`› Building the seeded snapshot (${baseFolder}) to fill the image cache`)
    const build = await buildSite(baseFolder, path.join(workDirectory, 'seeded'), 'seeded')
    seededBuild = `${count(measurePages(path.join(workDirectory, 'seeded')).pages)} pages in ${seconds(build.milliseconds)} (fills the image cache)`
    fs.rmSync(path.join(workDirectory, 'seeded'), { recursive: true, force: true })
  } else {
    console.log('› No content snapshot yet: seeding a throwaway database, exporting it and building the site from it')
    const { buildSiteFromSeed } = await import('../../site/test/support/builtSite')
    const { dataDir } = await buildSiteFromSeed((message) => console.log(`  ${message}`))
    cleanUp.push(dataDir)
    baseFolder = path.join(dataDir, 'snapshot')
    seededBuild = 'built while preparing (fills the image cache)'
  }

  console.log(`› Generating ${count(documentCount)} documents from the seeded ones`)
  const generationStarted = performance.now()
  const base = JSON.parse(fs.readFileSync(path.join(baseFolder, snapshotFiles.content), 'utf8')) as Snapshot
  const generated = multiplySnapshot(base, documentCount)
  const snapshotFolder = path.join(workDirectory, 'snapshot')
  await writeSnapshotFolder(generated.snapshot, baseFolder, snapshotFolder)
  const generationMs = performance.now() - generationStarted
  const contentBytes = fs.statSync(path.join(snapshotFolder, snapshotFiles.content)).size
  const perCollection = Object.entries(generated.counts)
    .filter(([, documents]) => documents)
    .map(([slug, documents]) => `${slug} ${count(documents!)}`)
    .join(' · ')
  console.log(`    ${perCollection}`)

  console.log('› Building the site from the generated snapshot')
  const dist = path.join(workDirectory, 'dist')
  const build = await buildSite(snapshotFolder, dist, 'generated')

  console.log('› Measuring pages and the search index')
  const weights = measurePages(dist)
  const index = folderSize(path.join(dist, 'pagefind'))

  console.log('› Searching in Chromium')
  const { serveDirectory } = await import('../../site/src/server/staticServer')
  const server = await serveDirectory(dist)
  const search = await probeSearch(server.url, queries).finally(() => server.close())

  const rows: Array<[string, string]> = [
    ['documents', `${count(generated.total)} (${count(generated.translated)} with English) · ${perCollection}`],
    ['snapshot', `content.json ${megabytes(contentBytes)}, generated in ${seconds(generationMs)}`],
    ['seeded snapshot build', seededBuild],
    ['site build', `${count(weights.pages)} pages in ${seconds(build.milliseconds)} = ${(weights.pages / (build.milliseconds / 1000)).toFixed(0)} pages/s (rendering, files and index)`],
    ['pages rendered', build.renderMilliseconds === undefined ? '?' : `in ${seconds(build.renderMilliseconds)}, before files, sitemap and index`],
    [
      'Pagefind index',
      build.indexSeconds === undefined
        ? 'no timing in the build log'
        : `${count(build.indexedPages!)} pages, indexed while rendering; written ${build.indexSeconds.toFixed(1)} s after the last page (part of the build)`,
    ],
    ['index size', `${megabytes(index.bytes)} in ${count(index.files)} files (${megabytes(index.diskBytes)} on disk)`],
    [
      'peak memory',
      `${megabytes(build.peakMemory.bytes)} (RSS of the build's process tree, sampled every 200 ms) · ` +
        [...build.peakMemory.byName].map(([name, bytes]) => `${name} ${megabytes(bytes)}`).join(' · '),
    ],
    ['HTML per page', `median ${kilobytes(weights.medianHtmlBytes)} · largest ${kilobytes(weights.largestHtml.bytes)} (${weights.largestHtml.path})`],
    ['JavaScript per page', `median ${kilobytes(weights.medianJsBytes)} · shared header script ${kilobytes(weights.sharedJsBytes)}`],
    ['content pages with more JS', `${count(weights.contentPagesWithExtraJs)} of ${count(weights.contentPages)} searchable pages load JavaScript beyond the header's`],
    ...weights.extraScripts.map(({ script, pages }): [string, string] => ['', `${script} on ${count(pages)} pages`]),
    ['search page', `${search.page}: ${kilobytes(search.pageLoadBytes)} to open, of which Pagefind ${kilobytes(search.pageLoadPagefindBytes)} (script, WebAssembly, metadata)`],
    ...search.searches.map(({ query, milliseconds, bytes, requests, results }, position): [string, string] => [
      `${position === 0 ? 'first' : 'second'} search`,
      `「${query}」 ${count(results)} results: ${milliseconds.toFixed(0)} ms, ${kilobytes(bytes)} in ${requests} requests`,
    ]),
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log('\nResults (target: build and index under 60 s and 4 GiB; image derivatives come from the cache across builds, as in production;')
  console.log('transfer sizes without HTTP compression, which Pagefind index files do not need)')
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`)
} finally {
  for (const folder of cleanUp) fs.rmSync(folder, { recursive: true, force: true })
}
