import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { databaseURI, isMongoDB } from './environment'
import { migrations } from './migrations'

const sourceDirectory = path.dirname(fileURLToPath(import.meta.url))

/**
 * DATABASE_URI selects the adapter: `mongodb://…` for production, otherwise an embedded SQLite
 * file (created on first run). The schema is never pushed in dev mode: SQLite runs committed
 * migrations (`payload migrate`, and on start in production), so dev and production agree.
 */
export function databaseAdapter() {
  if (isMongoDB) {
    return mongooseAdapter({
      url: databaseURI,
      // MongoDB needs no schema migrations; keep it away from the SQLite ones.
      migrationDir: path.join(sourceDirectory, 'migrations-mongodb'),
    })
  }
  const file = databaseURI.replace(/^file:/, '')
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: databaseURI },
    idType: 'uuid',
    push: false,
    migrationDir: path.join(sourceDirectory, 'migrations'),
    prodMigrations: migrations,
    // Writes wait for each other instead of failing with SQLITE_BUSY.
    busyTimeout: 10_000,
    // WAL lets readers and a writer work together; FULL syncs every commit so an acknowledged
    // write survives a crash or power loss.
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'FULL' },
    // Multi-step operations (a document, its versions, its relations) commit all or nothing.
    transactionOptions: { behavior: 'immediate' },
  })
}
