import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

import { databaseURI, isMongoDB } from '../environment'
import { migrations } from '../migrations'
import { indexLocalesByParent } from './localeIndexes'
import { BUSY_TIMEOUT_MS, runTransactionsOnPooledConnections } from './sqliteConnections'

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
      migrationDir: path.join(sourceDirectory, '../migrations-mongodb'),
    })
  }
  const file = databaseURI.replace(/^file:/, '')
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: databaseURI },
    idType: 'uuid',
    push: false,
    migrationDir: path.join(sourceDirectory, '../migrations'),
    prodMigrations: migrations,
    afterSchemaInit: [indexLocalesByParent],
    busyTimeout: BUSY_TIMEOUT_MS,
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'FULL' },
    // Multi-step operations (a document, its versions, its relations) commit all or nothing.
    transactionOptions: { behavior: 'immediate' },
  })
}

/** Runs SQLite transactions on pooled connections that keep their settings (see sqliteConnections). */
export async function prepareSQLiteConnections(payload: Payload) {
  const client = (payload.db as unknown as { client?: Client }).client
  if (!isMongoDB && client) await runTransactionsOnPooledConnections(client, databaseURI)
}
