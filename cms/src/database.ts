import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import type { Payload } from 'payload'
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
    busyTimeout: BUSY_TIMEOUT_MS,
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'FULL' },
    // Multi-step operations (a document, its versions, its relations) commit all or nothing.
    transactionOptions: { behavior: 'immediate' },
  })
}

const BUSY_TIMEOUT_MS = 10_000

/**
 * Settings every SQLite connection needs: writers wait for each other instead of failing with
 * SQLITE_BUSY; FULL syncs each commit so an acknowledged write survives a crash or power loss (WAL
 * itself lets readers work beside a writer); a 64 MB page cache keeps indexes in memory.
 */
const connectionPragmas = [
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
  'PRAGMA synchronous = FULL',
  'PRAGMA cache_size = -65536',
]

/** The part of the libsql client (a dependency of the SQLite adapter) this module touches. */
type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: 'deferred' | 'read' | 'write') => Promise<unknown>
}

/**
 * The libsql client hands its connection to each transaction and opens a fresh one for the next
 * call, without the settings the adapter applied once at start-up. Applying them to that fresh
 * connection right away, before anything else can use it, keeps them on every connection. The
 * calls run synchronously inside the client (its methods only become asynchronous on return).
 */
export function keepSQLiteSettingsOnEveryConnection(payload: Payload) {
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  if (isMongoDB || !client || 'settingsKept' in client) return
  const beginTransaction = client.transaction.bind(client)
  const applySettings = () => Promise.all(connectionPragmas.map((pragma) => client.execute(pragma)))
  client.transaction = (mode) => {
    const transaction = beginTransaction(mode)
    const settings = applySettings()
    return settings.then(() => transaction)
  }
  Object.assign(client, { settingsKept: true })
  return applySettings()
}
