/**
 * Vitest global setup of the `browser` project: builds the portal from a freshly seeded database
 * and serves it on 127.0.0.1, for every browser test file.
 *
 * TEST_SITE_DIST=<folder> serves an existing build instead (minutes faster when iterating); the
 * tests read the content it was built from in TEST_SITE_SNAPSHOT, else in `snapshot/` beside it,
 * else where the build looks by default. SITE_TEST_KEEP=1 keeps a prepared run's data folder.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { snapshotDirectory } from '../../src/content/snapshot'
import { buildSiteFromSeed } from './builtSite'
import { serveDirectory } from '../../src/server/staticServer'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site: `http://127.0.0.1:<port>` (no trailing slash). */
    siteURL: string
    /** The built site on disk. */
    siteDist: string
    /** The content snapshot it was built from. */
    siteSnapshot: string
  }
}

export default async function setup(project: TestProject) {
  const existing = process.env.TEST_SITE_DIST
  let dataDir: string | undefined
  let dist: string
  let snapshot: string
  if (existing) {
    dist = path.resolve(existing)
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`TEST_SITE_DIST=${existing} holds no built site (no index.html)`)
    const beside = path.join(dist, '..', 'snapshot')
    snapshot = path.resolve(process.env.TEST_SITE_SNAPSHOT || (fs.existsSync(beside) ? beside : snapshotDirectory()))
    console.log(`Serving the existing build ${dist} (TEST_SITE_DIST), built from ${snapshot}`)
  } else {
    const built = await buildSiteFromSeed()
    dist = built.dist
    dataDir = built.dataDir
    snapshot = path.join(dataDir, 'snapshot')
  }
  const server = await serveDirectory(dist)
  console.log(`› Serving ${dist} at ${server.url}`)
  project.provide('siteURL', server.url)
  project.provide('siteDist', dist)
  project.provide('siteSnapshot', snapshot)
  return async () => {
    await server.close()
    if (!dataDir) return
    if (process.env.SITE_TEST_KEEP) console.log(`Built site kept: TEST_SITE_DIST=${dist}`)
    else fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
