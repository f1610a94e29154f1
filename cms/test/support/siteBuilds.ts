/** Watching the portal builder over REST: its builds, and waiting for them to reach a state. */
import type { SiteBuild } from '../../src/payload-types'
import { request } from './http'

export const isIdle = (builds: SiteBuild[]) => builds.every((build) => build.status === 'live' || build.status === 'failed')

/** Whether a build carries the change to document `id`. */
export const covers = (build: SiteBuild, id: string) => (build.changes ?? []).some((change) => change.documentId === id)

/** Every build, oldest first, as an account with `token` reads them. */
export async function siteBuilds(cmsURL: string, token: string): Promise<SiteBuild[]> {
  const reply = await request(`${cmsURL}/api/site-builds?limit=500&sort=createdAt&depth=0`, { token })
  if (reply.status !== 200) throw new Error(`GET /api/site-builds answered ${reply.status}: ${reply.text.slice(0, 300)}`)
  return reply.body.docs
}

/** Polls the builds until `done` holds for them; fails after `timeoutMs`, listing where they stand. */
export async function waitForBuilds(
  cmsURL: string,
  token: string,
  done: (builds: SiteBuild[]) => boolean,
  what: string,
  { timeoutMs = 600_000, pollMs = 250 } = {},
): Promise<SiteBuild[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const builds = await siteBuilds(cmsURL, token).catch((error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed as it was reused: ask again.
      if (error.code === 'ECONNRESET') return null
      throw error
    })
    if (builds && done(builds)) return builds
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}: ${JSON.stringify((builds ?? []).map(({ status, summary, error }) => ({ status, summary, error })))}`)
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

/** Waits until the builder is idle and a finished build carries the change to `id`; returns the latest such build. */
export async function buildCovering(cmsURL: string, token: string, id: string, count = 1): Promise<SiteBuild> {
  const builds = await waitForBuilds(
    cmsURL,
    token,
    (list) => isIdle(list) && list.filter((build) => covers(build, id)).length >= count,
    `a finished build carrying the change to ${id}`,
  )
  return builds.findLast((build) => covers(build, id))!
}
