import { spawn } from 'node:child_process'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { portalDirectory, siteBuildEnvironment, siteBuildIncremental, siteDirectory } from '../environment'
import { exportSnapshot } from '../snapshot/exportSnapshot'
import { liveRelease, makeLive, newReleaseName, pruneReleases, releaseFolders, removeUnfinishedReleases } from './releases'

export type Release = { release: string; pages: number; seconds: number }

/** A failed build: what to tell editors, and the end of the build's output for whoever fixes it. */
export class ReleaseFailed extends Error {
  constructor(
    message: string,
    readonly logTail: string,
  ) {
    super(message)
  }
}

const lockFile = () => path.join(portalDirectory, 'build.lock')

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** One build at a time on this machine, across processes: a lock file naming its owner. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  await fsp.mkdir(portalDirectory, { recursive: true })
  try {
    await fsp.writeFile(lockFile(), String(process.pid), { flag: 'wx' })
  } catch {
    const owner = Number(await fsp.readFile(lockFile(), 'utf8').catch(() => ''))
    if (owner && owner !== process.pid && isRunning(owner)) throw new Error(`Another build is running (process ${owner})`)
    await fsp.writeFile(lockFile(), String(process.pid))
  }
  try {
    return await work()
  } finally {
    await fsp.rm(lockFile(), { force: true })
  }
}

const tail = (file: string, lines = 40) => {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return ''
  }
}

/**
 * An incremental build records what each page was made from in `dependencies`, and copies the
 * pages whose inputs are unchanged from the release folder `reuseFrom` instead of rendering them.
 */
type Incremental = { dependencies: string; reuseFrom?: string }

const incrementalEnvironment = (incremental?: Incremental): Record<string, string> => ({
  ...(incremental && { SITE_BUILD_DEPENDENCIES: incremental.dependencies }),
  ...(incremental?.reuseFrom && { SITE_BUILD_REUSE_FROM: incremental.reuseFrom }),
})

/** `astro build` of the site from `snapshot` into `outDir`; its output goes to `logFile` and `onOutput`. */
function buildSite(snapshot: string, outDir: string, logFile: string, onOutput?: (line: string) => void, incremental?: Incremental): Promise<number> {
  return new Promise((resolve, reject) => {
    const log = fs.createWriteStream(logFile)
    const child = spawn(path.join(siteDirectory, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: siteDirectory,
      env: { ...siteBuildEnvironment(snapshot), ...incrementalEnvironment(incremental) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let pages = 0
    let pending = ''
    const take = (chunk: Buffer) => {
      log.write(chunk)
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const built = /(\d+) page\(s\) built/.exec(line)
        // An incremental build's own count includes the pages it linked instead of rendering.
        const incremental = /(\d+) pages rendered, (\d+) copied unchanged/.exec(line)
        if (incremental) pages = Number(incremental[1]) + Number(incremental[2])
        else if (built && !pages) pages = Number(built[1])
        onOutput?.(line)
      }
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      log.end(() => {
        if (code === 0) return resolve(pages)
        const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`
        reject(new ReleaseFailed(`The portal build ${how}.`, tail(logFile)))
      })
    })
  })
}

/**
 * Builds the portal from the content published now into a new release and, only when the whole
 * build succeeded, makes it live. A failed build removes its half-made release and leaves the
 * live one untouched.
 */
export async function buildRelease(payload: Payload, onOutput?: (line: string) => void): Promise<Release> {
  return withBuildLock(async () => {
    // With the lock held, a release newer than the live one is what a stopped build left behind.
    await removeUnfinishedReleases()
    const started = Date.now()
    const release = newReleaseName()
    const folders = releaseFolders(release)
    await fsp.mkdir(folders.folder, { recursive: true })
    try {
      onOutput?.(`› Exporting the published content to ${folders.snapshot}`)
      await exportSnapshot(payload, folders.snapshot, onOutput)
      onOutput?.(`› Building the portal into ${folders.site}`)
      const live = await liveRelease()
      const incremental = siteBuildIncremental
        ? { dependencies: folders.dependencies, reuseFrom: live ? releaseFolders(live).folder : undefined }
        : undefined
      const pages = await buildSite(folders.snapshot, folders.site, folders.log, onOutput, incremental)
      await makeLive(release)
      await pruneReleases()
      return { release, pages, seconds: (Date.now() - started) / 1000 }
    } catch (error) {
      const failure =
        error instanceof ReleaseFailed ? error : new ReleaseFailed(error instanceof Error ? error.message : String(error), tail(folders.log))
      await fsp.rm(folders.folder, { recursive: true, force: true })
      throw failure
    }
  })
}
