import fs from 'node:fs'
import type { SanitizedConfig } from 'payload'

import { cmsEnvironment, makeDataDirectory, testDatabaseURI } from './cmsServer'

/**
 * The CMS's config as Payload sanitizes it, for tests that read it without a server. The CMS reads
 * its settings when its modules load, so they are set first, on a throwaway data folder that
 * `removeDataFolder` deletes.
 */
export async function loadSanitizedConfig(): Promise<{ config: SanitizedConfig; removeDataFolder: () => void }> {
  const dataDir = makeDataDirectory()
  Object.assign(process.env, cmsEnvironment({ dataDir, databaseURI: testDatabaseURI(dataDir) }))
  const config = await (await import('../../src/payload.config')).default
  return { config, removeDataFolder: () => fs.rmSync(dataDir, { recursive: true, force: true }) }
}
