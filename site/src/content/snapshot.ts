import fs from 'node:fs'
import path from 'node:path'

import { type Snapshot, snapshotFiles } from 'cms/snapshot'

/**
 * The folder of published content the site is built from (`pnpm --filter cms snapshot` writes it):
 * SNAPSHOT_DIR, else `snapshot/` in DATA_DIR, else `data/snapshot` at the repository root.
 * Build commands run in `site/`, so the repository root is the parent of the working directory.
 */
export function snapshotDirectory(): string {
  if (process.env.SNAPSHOT_DIR) return path.resolve(process.env.SNAPSHOT_DIR)
  const dataDirectory = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.resolve(process.cwd(), '..', 'data')
  return path.join(dataDirectory, 'snapshot')
}

let loaded: Snapshot | undefined

/** The snapshot, read once per build. */
export function readSnapshot(): Snapshot {
  if (loaded) return loaded
  const file = path.join(snapshotDirectory(), snapshotFiles.content)
  if (!fs.existsSync(file)) {
    throw new Error(`No content snapshot at ${file}. Export one first: pnpm --filter cms snapshot`)
  }
  loaded = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot
  return loaded
}

/** Where an uploaded original is inside the snapshot. */
export const uploadedFilePath = (collection: string, filename: string) =>
  path.join(snapshotDirectory(), snapshotFiles.uploads, collection, filename)
