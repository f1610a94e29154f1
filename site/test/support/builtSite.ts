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

/**
 * Migrates and seeds a fresh database, exports its published content and builds the site from it.
 * Takes minutes: prints each step as it goes.
 */
export async function buildSiteFromSeed(log: (message: string) => void = console.log): Promise<BuiltSite> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-test-'))
  const dist = path.join(dataDir, 'dist')
  const logFile = path.join(dataDir, 'prepare.log')
  // Every CMS setting explicit, so a developer's `.env` cannot point the run at real data.
  const environment = { ...process.env, ...cmsEnvironment({ dataDir, databaseURI: `file:${path.join(dataDir, 'platform.db')}` }) }
  const step = async (name: string, work: () => Promise<void>) => {
    const started = Date.now()
    log(`› ${name}`)
    await work()
    log(`  done in ${seconds(started)}`)
  }
  const cms = { cwd: cmsDirectory, env: environment, logFile }

  log(`Preparing the built site in ${dataDir} (log: ${logFile})`)
  try {
    await step('Migrating a fresh database', () => migrate(environment))
    await step('Seeding real documents and demo data', () => run('pnpm', ['payload', 'run', 'src/seed/run.ts'], cms))
    await step('Exporting the published content', () => run('pnpm', ['snapshot'], cms))
    await step('Building the site (image derivatives come from the image cache when made before)', () =>
      run('pnpm', ['exec', 'astro', 'build', '--outDir', dist], {
        cwd: siteDirectory,
        env: siteBuildEnvironment(path.join(dataDir, 'snapshot'), environment),
        logFile,
      }),
    )
  } catch (error) {
    log(`Preparation failed; its files are kept in ${dataDir}`)
    throw error
  }
  return { dist, dataDir }
}
