import fs from 'node:fs/promises'
import path from 'node:path'

import { portalDirectory } from '../environment'

/** How many earlier releases stay on disk besides the live one: an operator can go back to one by pointing `live` at it. */
const earlierReleasesKept = 2

export const releasesDirectory = () => path.join(portalDirectory, 'releases')

/** The link to the release being served: the web server's root is `live/site`. */
export const liveLink = () => path.join(portalDirectory, 'live')

export const releaseFolders = (release: string) => {
  const folder = path.join(releasesDirectory(), release)
  return {
    folder,
    site: path.join(folder, 'site'),
    snapshot: path.join(folder, 'snapshot'),
    log: path.join(folder, 'build.log'),
    /** What each page of an incremental build was made from (the site's `integrations/incrementalBuild.ts`). */
    dependencies: path.join(folder, 'dependencies.json'),
  }
}

/** Sortable and unique enough for one builder: `20261123-201502-123`. */
export const newReleaseName = (now = new Date()) =>
  now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\.(\d+)Z$/, '-$1')

/** The release being served, or null before the first one. */
export async function liveRelease(): Promise<string | null> {
  try {
    return path.basename(await fs.readlink(liveLink()))
  } catch {
    return null
  }
}

/**
 * Serves `release` from now on. The link is replaced with one rename, so every request sees either
 * the old release or the new one, never a mixture or nothing.
 */
export async function makeLive(release: string): Promise<void> {
  const staged = `${liveLink()}.${process.pid}.tmp`
  await fs.rm(staged, { force: true })
  await fs.symlink(path.join('releases', release), staged)
  await fs.rename(staged, liveLink())
}

/** Removes releases older than the live one and the few kept before it. */
export async function pruneReleases(): Promise<void> {
  const live = await liveRelease()
  const names = (await fs.readdir(releasesDirectory()).catch(() => [] as string[])).sort()
  const liveIndex = live ? names.indexOf(live) : -1
  if (liveIndex < 0) return
  const stale = names.slice(0, Math.max(0, liveIndex - earlierReleasesKept))
  for (const name of stale) await fs.rm(path.join(releasesDirectory(), name), { recursive: true, force: true })
}

/** Removes releases newer than the live one: left half-made by a builder that was stopped. */
export async function removeUnfinishedReleases(): Promise<void> {
  const live = await liveRelease()
  const names = await fs.readdir(releasesDirectory()).catch(() => [] as string[])
  for (const name of names) {
    if (!live || name > live) await fs.rm(path.join(releasesDirectory(), name), { recursive: true, force: true })
  }
}
