/**
 * A throwaway installation as production runs it, on loopback: the CMS's production build
 * (`next start`) with its portal builder on a freshly seeded database, the portal built from it,
 * and Debian's nginx serving the live release with the shipped site file, passing /api to the CMS.
 */
import path from 'node:path'

import { createFirstAdmin, testAdmin } from '../../../cms/test/support/accounts'
import { buildForProductionWhenChanged, type CmsServer, freePort, seed, startCms, stopCms } from '../../../cms/test/support/cmsServer'
import { request } from '../../../cms/test/support/http'
import { isIdle, siteBuilds, waitForBuilds } from '../../../cms/test/support/siteBuilds'
import { debianWorkers, type Nginx, nginxBinary, startNginx } from '../../../site/test/support/nginx'
import { renderNginxSite } from '../../deploy/nginxSite'

const buildDirectory = '.next-load'

export type Installation = {
  cms: CmsServer
  /** The CMS itself, for the editors (`http://127.0.0.1:<port>`). */
  cmsURL: string
  /** nginx: the portal, and the CMS's REST API under /api. */
  siteURL: string
  /** The live release nginx serves. */
  liveSite: string
  adminToken: string
  /** How many portal builds have finished (live or failed) so far. */
  finishedBuilds: () => Promise<{ live: number; failed: number; errors: string[] }>
  stop: () => Promise<void>
}

export async function startInstallation(log: (line: string) => void): Promise<Installation> {
  const binary = nginxBinary()
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx)')

  log('Building the CMS for production (next build), unless its last build is newer than its sources')
  buildForProductionWhenChanged(buildDirectory)

  log('Seeding a fresh database and starting the CMS with its portal builder')
  const cms = await startCms({
    mode: 'start',
    env: { NEXT_DIST_DIR: buildDirectory, SITE_BUILDER: 'on' },
    beforeStart: seed,
  })
  let nginx: Nginx | undefined
  try {
    const cmsURL = `http://127.0.0.1:${cms.port}`
    const adminToken = await createFirstAdmin(cmsURL, testAdmin)

    log('Building the portal from the seeded content')
    const rebuild = await request(`${cmsURL}/api/site-builds/rebuild`, { method: 'POST', token: adminToken })
    if (rebuild.status !== 202) throw new Error(`POST /api/site-builds/rebuild answered ${rebuild.status}: ${rebuild.text.slice(0, 300)}`)
    const builds = await waitForBuilds(cmsURL, adminToken, (list) => list.length > 0 && isIdle(list), 'the first portal build', { pollMs: 1000 })
    const first = builds.at(-1)!
    if (first.status !== 'live') throw new Error(`The first portal build failed: ${first.error}`)
    log(`  ${first.pages} pages live in ${first.durationSeconds} s`)

    const liveSite = path.join(cms.dataDir, 'portal', 'live', 'site')
    const port = await freePort()
    const siteURL = `http://127.0.0.1:${port}`
    const site = await renderNginxSite({
      siteURL,
      portalRoot: liveSite,
      listen: `127.0.0.1:${port}`,
      cmsServers: [`127.0.0.1:${cms.port}`],
      // No draft preview in this test: nothing listens there and nothing asks for it.
      previewServer: `127.0.0.1:${await freePort()}`,
    })
    nginx = await startNginx(binary, site, siteURL, debianWorkers)
    log(`nginx serves the portal and /api at ${siteURL}`)

    const startedBuilds = builds.length
    const running = nginx
    return {
      cms,
      cmsURL,
      siteURL,
      liveSite,
      adminToken,
      finishedBuilds: async () => {
        const since = (await siteBuilds(cmsURL, adminToken)).slice(startedBuilds)
        return {
          live: since.filter((build) => build.status === 'live').length,
          failed: since.filter((build) => build.status === 'failed').length,
          errors: since.flatMap((build) => (build.status === 'failed' && build.error ? [build.error] : [])),
        }
      },
      stop: async () => {
        await running.close()
        await stopCms(cms)
      },
    }
  } catch (error) {
    await nginx?.close()
    await stopCms(cms)
    throw error
  }
}

