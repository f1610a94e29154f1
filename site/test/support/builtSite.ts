/**
 * A real built portal from real content, as on a fresh clone: a throwaway data folder whose
 * database is migrated and seeded by the CMS, exported as a snapshot, and built by Astro into that
 * folder. The image derivative cache (IMAGE_CACHE_DIR, `data/image-cache` by default) is kept across runs.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { siteBuildEnvironment } from '../../../cms/src/environment'
import { cmsDirectory, cmsEnvironment, migrate } from '../../../cms/test/support/cmsServer'

/** The `site/` package folder. */
export const siteDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type BuiltSite = {
  /** The built site (Astro's outDir). */
  dist: string
  /** The throwaway data folder: database, uploads, snapshot, logs. */
  dataDir: string
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** Runs a command, keeping its output in `logFile`; rejects with the end of that log when it fails. */
export function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(options.logFile, 'a')
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] })
    fs.closeSync(log)
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) return resolve()
      const tail = fs.readFileSync(options.logFile, 'utf8').split('\n').slice(-60).join('\n')
      reject(new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited with ${code}. End of ${options.logFile}:\n${tail}`))
    })
  })
}

type Step = (name: string, work: () => Promise<void>) => Promise<void>

const stepLogger =
  (log: (message: string) => void): Step =>
  async (name, work) => {
    const started = Date.now()
    log(`› ${name}`)
    await work()
    log(`  done in ${seconds(started)}`)
  }

/** The CMS's settings for a throwaway data folder: every one explicit, so a developer's `.env` cannot point the run at real data. */
const throwawayEnvironment = (dataDir: string) => ({
  ...process.env,
  ...cmsEnvironment({ dataDir, databaseURI: `file:${path.join(dataDir, 'platform.db')}` }),
})

/** Migrates and seeds a fresh database in `dataDir` and exports its published content to `dataDir/snapshot`. */
async function exportSeededContent(dataDir: string, step: Step, logFile: string): Promise<void> {
  const environment = throwawayEnvironment(dataDir)
  const cms = { cwd: cmsDirectory, env: environment, logFile }
  await step('Migrating a fresh database', () => migrate(environment))
  await step('Seeding real documents and demo data', () => run('pnpm', ['payload', 'run', 'src/seed/run.ts'], cms))
  await step('Exporting the published content', () => run('pnpm', ['snapshot'], cms))
}

/** The seeded content as a snapshot, in a new throwaway folder (`snapshot/` in `dataDir`). Takes a minute or two. */
export async function seededSnapshot(log: (message: string) => void = console.log): Promise<{ dataDir: string; snapshot: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-snapshot-'))
  const logFile = path.join(dataDir, 'prepare.log')
  log(`Exporting seeded content in ${dataDir} (log: ${logFile})`)
  await exportSeededContent(dataDir, stepLogger(log), logFile)
  return { dataDir, snapshot: path.join(dataDir, 'snapshot') }
}

/**
 * Migrates and seeds a fresh database, exports its published content and builds the site from it.
 * Takes minutes: prints each step as it goes.
 */
export async function buildSiteFromSeed(log: (message: string) => void = console.log): Promise<BuiltSite> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-test-'))
  const dist = path.join(dataDir, 'dist')
  const logFile = path.join(dataDir, 'prepare.log')
  const step = stepLogger(log)

  log(`Preparing the built site in ${dataDir} (log: ${logFile})`)
  try {
    await exportSeededContent(dataDir, step, logFile)
    await step('Building the site (image derivatives come from the image cache when made before)', () =>
      run('pnpm', ['exec', 'astro', 'build', '--outDir', dist], {
        cwd: siteDirectory,
        env: siteBuildEnvironment(path.join(dataDir, 'snapshot'), throwawayEnvironment(dataDir)),
        logFile,
      }),
    )
  } catch (error) {
    log(`Preparation failed; its files are kept in ${dataDir}`)
    throw error
  }
  return { dist, dataDir }
}
