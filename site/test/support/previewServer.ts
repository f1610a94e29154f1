/**
 * Vitest global setup of the `preview` project: the real CMS (`next dev`) on a throwaway database
 * with its first administrator, the published content exported from it, and the draft-preview
 * server built (`pnpm build:preview`) and started against both. The CMS test helpers
 * (`cms/test/support/api.ts`) work unchanged: this setup provides what theirs does.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import type {} from '../../../cms/test/support/globalSetup'
import { createFirstAdmin, testAdmin } from '../../../cms/test/support/accounts'
import { cmsDirectory, cmsEnvironment, freePort, startCms, stopCms } from '../../../cms/test/support/cmsServer'
import { run, siteDirectory } from './builtSite'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server: `http://localhost:<port>` (no trailing slash). */
    previewURL: string
    /** The published content the preview server reads related documents from. */
    previewSnapshot: string
    /** The portal's address the preview server is built with (SITE_URL). */
    portalURL: string
  }
}

/** The portal's address in the test builds, whatever a developer's `.env` says. */
const portalURL = 'http://portal.test'

/** The environment of the CMS's scripts and the site's builds on the test CMS's data. */
export const previewEnvironment = ({ dataDir, databaseURI }: { dataDir: string; databaseURI: string }) => ({
  ...process.env,
  ...cmsEnvironment({ dataDir, databaseURI }),
  SITE_URL: portalURL,
  ASTRO_TELEMETRY_DISABLED: '1',
})

/** Resolves once the preview server answers (a refusal: nobody is signed in). */
async function waitUntilAnswering(url: string, server: ChildProcess, logFile: string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break
    try {
      await fetch(`${url}/preview/news/none`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  throw new Error(`The preview server did not answer. Its log:\n${fs.readFileSync(logFile, 'utf8')}`)
}

export default async function setup(project: TestProject) {
  const previewPort = await freePort()
  const previewURL = `http://localhost:${previewPort}`
  const cms = await startCms({ env: { PREVIEW_URL: previewURL } })
  const snapshot = path.join(cms.dataDir, 'snapshot')
  let preview: ChildProcess | undefined
  const stop = async () => {
    preview?.kill()
    await stopCms(cms)
  }
  try {
    await createFirstAdmin(cms.url, testAdmin)
    const logFile = path.join(cms.dataDir, 'preview.log')
    // Where `pnpm build:preview` builds it: the server's packages resolve from `site/node_modules`.
    const dist = path.join(siteDirectory, 'dist-preview')
    const environment = { ...previewEnvironment(cms), SNAPSHOT_DIR: snapshot }
    await run('pnpm', ['snapshot'], { cwd: cmsDirectory, env: environment, logFile })
    await run('pnpm', ['build:preview'], { cwd: siteDirectory, env: environment, logFile })
    const log = fs.openSync(logFile, 'a')
    preview = spawn('node', [path.join(dist, 'server', 'entry.mjs')], {
      env: { ...environment, HOST: '127.0.0.1', PORT: String(previewPort), PUBLIC_URL: cms.url },
      stdio: ['ignore', log, log],
    })
    fs.closeSync(log)
    await waitUntilAnswering(previewURL, preview, logFile)
  } catch (error) {
    await stop()
    throw error
  }
  project.provide('cmsURL', cms.url)
  project.provide('cmsDataDir', cms.dataDir)
  project.provide('cmsDatabase', cms.database)
  project.provide('cmsDatabaseURI', cms.databaseURI)
  project.provide('cmsAdmin', testAdmin)
  project.provide('previewURL', previewURL)
  project.provide('previewSnapshot', snapshot)
  project.provide('portalURL', portalURL)
  return stop
}
