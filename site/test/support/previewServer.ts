/**
 * Vitest global setup of the `preview` project: the real CMS (`next dev`) on a throwaway database
 * with its first administrator, a live portal release published from it as the pipeline does, and
 * the draft-preview server built (`pnpm build:preview`) and started against both. The CMS test
 * helpers (`cms/test/support/api.ts`) work unchanged: this setup provides what theirs does.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import type {} from '../../../cms/test/support/globalSetup'
import { richText } from '../../../cms/src/seed/lexical'
import { pageKinds } from '../../../cms/src/vocabularies'
import { createFirstAdmin, testAdmin } from '../../../cms/test/support/accounts'
import { cmsDirectory, cmsEnvironment, freePort, startCms, stopCms } from '../../../cms/test/support/cmsServer'
import { request } from '../../../cms/test/support/http'
import { run, siteDirectory } from './builtSite'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server: `http://localhost:<port>` (no trailing slash). */
    previewURL: string
    /** The portal's address the preview server is built with (SITE_URL). */
    portalURL: string
  }
}

/** The portal's address in the test builds, whatever a developer's `.env` says. */
const portalURL = 'http://portal.test'

/** The environment of the CMS's scripts and the site's builds on the test CMS's data. */
export const previewEnvironment = ({ dataDir, databaseURI }: DataFolder) => ({
  ...process.env,
  ...cmsEnvironment({ dataDir, databaseURI }),
  SITE_URL: portalURL,
  ASTRO_TELEMETRY_DISABLED: '1',
})

type DataFolder = { dataDir: string; databaseURI: string }

/**
 * Builds the portal from what is published and makes it the live release (`pnpm --filter cms
 * publish:site`), whose snapshot the preview server reads.
 */
export const publishPortal = (cms: DataFolder) =>
  run('pnpm', ['publish:site'], { cwd: cmsDirectory, env: previewEnvironment(cms), logFile: path.join(cms.dataDir, 'publish.log') })

/** The standing pages (about, accessibility…) without which no portal builds: the seed's, without the minutes of seeding. */
async function publishStandingPages(cmsURL: string, token: string) {
  for (const { value: kind, label } of pageKinds.filter((option) => option.value !== 'other')) {
    const reply = await request(`${cmsURL}/api/pages`, { token, json: { title: label['zh-TW'], kind, body: richText([label['zh-TW']]), _status: 'published' } })
    if (reply.status !== 201) throw new Error(`POST /api/pages answered ${reply.status}: ${reply.text.slice(0, 500)}`)
  }
}

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
  let preview: ChildProcess | undefined
  const stop = async () => {
    preview?.kill()
    await stopCms(cms)
  }
  try {
    await publishStandingPages(cms.url, await createFirstAdmin(cms.url, testAdmin))
    await publishPortal(cms)
    const logFile = path.join(cms.dataDir, 'preview.log')
    // Where `pnpm build:preview` builds it: the server's packages resolve from `site/node_modules`.
    const dist = path.join(siteDirectory, 'dist-preview')
    const environment = previewEnvironment(cms)
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
  project.provide('portalURL', portalURL)
  return stop
}
