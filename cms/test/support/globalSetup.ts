/**
 * Vitest global setup of the `api` project: one CMS server on a throwaway database for every HTTP
 * test file, with its first administrator account; stopped and removed when the run ends. The
 * `api-production` project runs the same files against the production build (`next start`), started
 * by an admin page as when an editor is the first to open the CMS after a restart.
 */
import type { TestProject } from 'vitest/node'

import { createFirstAdmin, testAdmin } from './accounts'
import { buildForProductionWhenChanged, productionDistDir, startCms, stopCms } from './cmsServer'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsURL: string
    cmsDataDir: string
    cmsDatabase: 'sqlite' | 'mongodb'
    cmsDatabaseURI: string
    cmsAdmin: { email: string; password: string; name: string }
    cmsBuild: 'development' | 'production'
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now()
  // Scheduled publishes in the tests are a few seconds ahead: look for due jobs every second.
  const env = { JOB_RUNNER_INTERVAL_SECONDS: '1' }
  const production = project.name === 'api-production'
  if (production) buildForProductionWhenChanged(productionDistDir)
  const server = await startCms(
    production
      ? { mode: 'start', env: { ...env, NODE_ENV: 'production', NEXT_DIST_DIR: productionDistDir }, readyPath: '/admin/login' }
      : { env },
  )
  console.log(`CMS test server (${server.database}, ${production ? 'production build' : 'next dev'}) answering at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`)
  try {
    await createFirstAdmin(server.url, testAdmin)
  } catch (error) {
    await stopCms(server)
    throw error
  }
  project.provide('cmsURL', server.url)
  project.provide('cmsDataDir', server.dataDir)
  project.provide('cmsDatabase', server.database)
  project.provide('cmsDatabaseURI', server.databaseURI)
  project.provide('cmsAdmin', testAdmin)
  project.provide('cmsBuild', production ? 'production' : 'development')
  return async () => {
    await stopCms(server)
  }
}
