import type { Payload, PayloadRequest } from 'payload'

import { listedChangesPerBuild, SITE_BUILDS, type SiteBuildAction } from '../collections/SiteBuilds'
import { siteBuilder } from '../environment'
import { keepingRequest } from '../hooks/keepingRequest'
import type { SiteBuild } from '../payload-types'
import { buildRelease, ReleaseFailed } from './buildRelease'

export type ContentChange = {
  action: SiteBuildAction
  collection?: string
  documentId?: string
  title?: string
}

/** Longest a build waits for edits to stop before it starts anyway. */
const longestWaitMs = 30_000
/** How often an idle builder looks for waiting builds: a small indexed query. */
const pollMs = 1000

const changeSummary = (changes: NonNullable<SiteBuild['changes']>, requests: number) => {
  const first = changes[0]
  if (!first) return ''
  const name = first.title ? `「${first.title}」` : (first.collection ?? first.action)
  return requests > 1 ? `${name} +${requests - 1}` : name
}

/** The build that waits longest to start, if any (within `req`'s transaction when given). */
const oldestWaitingBuild = async (payload: Payload, req?: PayloadRequest): Promise<SiteBuild | undefined> =>
  (await payload.find({ collection: SITE_BUILDS, where: { status: { equals: 'queued' } }, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true, req })).docs[0]

/**
 * Asks for a portal build that includes `change`. Changes made while no build waits start a new
 * waiting build; later ones join it, so a burst of edits, or every edit made while a build runs,
 * leads to exactly one more build. Runs inside the change's own transaction (`req`), so a change
 * that is rolled back asks for nothing.
 */
export async function requestSiteBuild(req: PayloadRequest, change: ContentChange): Promise<void> {
  // Seeding writes thousands of documents and is followed by a build of its own.
  if (req.context.seeding) return
  const { payload } = req
  const now = new Date().toISOString()
  const by = req.user?.collection === 'users' ? req.user.id : undefined
  const entry = { ...change, by, at: now }
  const waiting = await oldestWaitingBuild(payload, req)
  if (waiting) {
    const requests = (waiting.requests ?? 0) + 1
    const changes = (waiting.changes ?? []).length < listedChangesPerBuild ? [...(waiting.changes ?? []), entry] : waiting.changes
    await keepingRequest(req, () =>
      payload.update({
        collection: SITE_BUILDS,
        id: waiting.id,
        data: { requestedAt: now, requests, changes, summary: changeSummary(changes ?? [], requests) },
        overrideAccess: true,
        req,
      }),
    )
  } else {
    await keepingRequest(req, () =>
      payload.create({
        collection: SITE_BUILDS,
        data: { status: 'queued', requestedAt: now, requests: 1, changes: [entry], summary: changeSummary([entry], 1) },
        overrideAccess: true,
        req,
      }),
    )
  }
}

/** Builds now, covering every waiting request (or a rebuild asked for by nobody in particular). */
async function claimWaitingBuilds(payload: Payload): Promise<SiteBuild | null> {
  const { docs: waiting } = await payload.find({
    collection: SITE_BUILDS,
    where: { status: { equals: 'queued' } },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const [build, ...others] = waiting
  if (!build) return null
  // Several servers may each have started a waiting build at once: one build covers them all.
  const changes = [...(build.changes ?? []), ...others.flatMap((other) => other.changes ?? [])].slice(0, listedChangesPerBuild)
  const requests = waiting.reduce((sum, doc) => sum + (doc.requests ?? 0), 0)
  const claimed = await payload.update({
    collection: SITE_BUILDS,
    where: { and: [{ id: { equals: build.id } }, { status: { equals: 'queued' } }] },
    data: { status: 'building', startedAt: new Date().toISOString(), changes, requests, summary: changeSummary(changes, requests) },
    overrideAccess: true,
    depth: 0,
  })
  if (claimed.docs.length === 0) return null
  for (const other of others) await payload.delete({ collection: SITE_BUILDS, id: other.id, overrideAccess: true })
  return claimed.docs[0] as SiteBuild
}

/** Runs a claimed build to its end and records how it went. */
async function runBuild(payload: Payload, build: SiteBuild, onOutput?: (line: string) => void): Promise<SiteBuild> {
  const startedAt = build.startedAt ? Date.parse(build.startedAt) : Date.now()
  const finish = (data: Partial<SiteBuild>) =>
    payload.update({
      collection: SITE_BUILDS,
      id: build.id,
      data: { finishedAt: new Date().toISOString(), durationSeconds: Math.round((Date.now() - startedAt) / 100) / 10, ...data },
      overrideAccess: true,
      depth: 0,
    })
  try {
    const release = await buildRelease(payload, onOutput)
    payload.logger.info(`Portal release ${release.release} is live: ${release.pages} pages in ${release.seconds.toFixed(1)} s`)
    return await finish({ status: 'live', release: release.release, pages: release.pages, error: null })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const details = error instanceof ReleaseFailed && error.logTail ? `${message}\n\n${error.logTail}` : message
    payload.logger.error(`Portal build failed; the live portal is unchanged. ${message}`)
    return await finish({ status: 'failed', error: details })
  }
}

/**
 * Builds the portal now for whatever is waiting, or as a rebuild when nothing is: what
 * `pnpm build:site` runs.
 */
export async function buildNow(payload: Payload, onOutput?: (line: string) => void): Promise<SiteBuild> {
  let build = await claimWaitingBuilds(payload)
  if (!build) {
    const now = new Date().toISOString()
    const rebuild = { action: 'rebuild' as const, at: now }
    build = await payload.create({
      collection: SITE_BUILDS,
      data: { status: 'building', requestedAt: now, startedAt: now, requests: 1, changes: [rebuild], summary: '' },
      overrideAccess: true,
      depth: 0,
    })
  }
  return runBuild(payload, build, onOutput)
}

/** The builder: waits for edits to settle, then builds, one build at a time. */
class SiteBuilder {
  private building = false
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly payload: Payload) {}

  async start(): Promise<void> {
    // A build that was running when the builder stopped will never finish: say so.
    await this.payload.update({
      collection: SITE_BUILDS,
      where: { status: { equals: 'building' } },
      data: { status: 'failed', finishedAt: new Date().toISOString(), error: 'The builder stopped during this build.' },
      overrideAccess: true,
      depth: 0,
    })
    setInterval(() => this.wake(), pollMs)
    this.wake()
  }

  /** Looks for a waiting build soon; many calls in a row lead to one look. */
  private wake(delayMs = 0): void {
    if (this.building) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.next(), delayMs)
  }

  private async next(): Promise<void> {
    if (this.building) return
    this.building = true
    let lookAgainIn: number | undefined
    try {
      const waiting = await oldestWaitingBuild(this.payload)
      if (!waiting) return
      const quietFor = Date.now() - Date.parse(waiting.requestedAt ?? waiting.createdAt)
      const waitedFor = Date.now() - Date.parse(waiting.createdAt)
      if (quietFor < siteBuilder.delayMs && waitedFor < longestWaitMs) {
        lookAgainIn = Math.min(siteBuilder.delayMs - quietFor, longestWaitMs - waitedFor)
        return
      }
      const build = await claimWaitingBuilds(this.payload)
      if (build) await runBuild(this.payload, build)
      // Changes made during the build wait for the next one.
      lookAgainIn = 0
    } catch (error) {
      this.payload.logger.error(`Portal builder: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      this.building = false
      if (lookAgainIn !== undefined) this.wake(lookAgainIn)
    }
  }
}

/** Runs the builder in this process until it ends (`builder.ts`). */
export async function runSiteBuilder(payload: Payload): Promise<void> {
  await new SiteBuilder(payload).start()
}
