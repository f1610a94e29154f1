import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

import type { Progress } from './progress'

/** What every seeding step receives. */
export type SeedContext = {
  payload: Payload
  progress: Progress
  /** `shared/seeds/`: the real source documents. */
  seedsDirectory: string
}

export type SeedStep = {
  /** Shown in the progress line, e.g. 「學校通訊錄」. */
  name: string
  run: (context: SeedContext) => Promise<void>
}

/** `../shared/seeds` beside the repository, unless SEEDS_DIR says otherwise. */
export const defaultSeedsDirectory = () =>
  path.resolve(process.env.SEEDS_DIR || path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds'))
