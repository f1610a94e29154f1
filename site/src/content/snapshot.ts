import fs from 'node:fs'
import path from 'node:path'

import { type Snapshot, snapshotFiles } from 'cms/snapshot'

/** DATA_DIR, else `data/` at the repository root (commands run in `site/`, its parent's child). */
export const dataDirectory = () => (process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.resolve(process.cwd(), '..', 'data'))

/**
 * The published content being served, which the draft-preview server shows drafts among: the live
 * release's snapshot, in PORTAL_DIR, else in `portal/` of the data folder. Publishing swaps it.
 */
const liveSnapshotDirectory = () =>
  path.join(process.env.PORTAL_DIR ? path.resolve(process.env.PORTAL_DIR) : path.join(dataDirectory(), 'portal'), 'live', 'snapshot')

/**
 * The folder of published content the site is built from (`pnpm --filter cms snapshot` writes it):
 * SNAPSHOT_DIR, else `snapshot/` in the data folder; in the draft-preview server, the live release's.
 */
export function snapshotDirectory(): string {
  if (import.meta.env.DRAFT_PREVIEW) return liveSnapshotDirectory()
  if (process.env.SNAPSHOT_DIR) return path.resolve(process.env.SNAPSHOT_DIR)
  return path.join(dataDirectory(), 'snapshot')
}

let loaded: { snapshot: Snapshot; modified: number } | undefined

const contentFile = () => path.join(snapshotDirectory(), snapshotFiles.content)

/** The snapshot, read once per build (and again after `refreshSnapshot` found a newer one). */
export function readSnapshot(): Snapshot {
  if (loaded) return loaded.snapshot
  const file = contentFile()
  if (!fs.existsSync(file)) {
    throw new Error(`No content snapshot at ${file}. Export one first: pnpm --filter cms snapshot`)
  }
  const modified = fs.statSync(file).mtimeMs
  loaded = { snapshot: JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot, modified }
  return loaded.snapshot
}

/**
 * For the long-running preview server: forgets the snapshot read before when the publish pipeline
 * has replaced it since, so related content is the currently published one.
 */
export function refreshSnapshot(): void {
  if (!loaded) return
  const modified = fs.statSync(contentFile(), { throwIfNoEntry: false })?.mtimeMs
  if (modified !== loaded.modified) loaded = undefined
}

/** Where an uploaded original is inside the snapshot. */
export const uploadedFilePath = (collection: string, filename: string) =>
  path.join(snapshotDirectory(), snapshotFiles.uploads, collection, filename)
