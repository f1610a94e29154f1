/**
 * SQLite connections: the settings (busy timeout, synchronous commits, page cache) hold on every
 * connection, and transactions reuse pooled connections instead of opening (and leaking) new ones.
 */
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cmsEnvironment, makeDataDirectory, migrate, testDatabaseURI } from '../support/cmsServer'

const dataDir = makeDataDirectory()
const databaseURI = testDatabaseURI(dataDir)
const environment = cmsEnvironment({ dataDir, databaseURI })
Object.assign(process.env, environment)

let payload: Payload
const client = () => (payload.db as unknown as { client: Client }).client
const firstValue = async (connection: Pick<Client, 'execute'>, sql: string) => Object.values((await connection.execute(sql)).rows[0] ?? {})[0]

describe.skipIf(databaseURI.startsWith('mongodb'))('SQLite connections', () => {
  beforeAll(async () => {
    await migrate(environment)
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../src/payload.config')
    payload = await getPayload({ config })
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  test('keep their settings through the transactions of several writes', async () => {
    for (let index = 0; index < 3; index++) {
      await payload.create({ collection: 'links', data: { title: `連結 ${index}`, url: 'https://www.edu.tw', group: 'government' } })
      for (const connection of [client(), await client().transaction('write')]) {
        expect(await firstValue(connection, 'PRAGMA busy_timeout')).toBe(10_000)
        expect(await firstValue(connection, 'PRAGMA synchronous')).toBe(2) // FULL
        expect(await firstValue(connection, 'PRAGMA cache_size')).toBe(-16384)
        if ('commit' in connection) await connection.commit()
      }
    }
    expect(await firstValue(client(), 'PRAGMA journal_mode')).toBe('wal')
  })

  test('run one transaction after another on the same pooled connection', async () => {
    const first = await client().transaction('write')
    await first.execute('CREATE TEMP TABLE connection_marker (id INTEGER)')
    await first.commit()
    // A temporary table is visible only on the connection that made it.
    const second = await client().transaction('write')
    expect(await firstValue(second, "SELECT count(*) FROM temp.sqlite_master WHERE name = 'connection_marker'")).toBe(1)
    await second.rollback()
  })

  test('a rolled-back transaction writes nothing; a committed one is seen by the other connections', async () => {
    await client().execute('CREATE TABLE transaction_probe (id INTEGER)')
    const count = () => firstValue(client(), 'SELECT count(*) FROM transaction_probe')

    const undone = await client().transaction('write')
    await undone.execute('INSERT INTO transaction_probe VALUES (1)')
    await undone.rollback()
    expect(undone.closed).toBe(true)
    expect(await count()).toBe(0)

    const kept = await client().transaction('write')
    await kept.execute('INSERT INTO transaction_probe VALUES (2)')
    await kept.commit()
    expect(await count()).toBe(1)
  })
})
