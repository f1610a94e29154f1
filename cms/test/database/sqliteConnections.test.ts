/**
 * The SQLite settings (busy timeout, synchronous commits, page cache) must hold on every connection,
 * including the fresh one the libsql client opens after each transaction.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cmsEnvironment, makeDataDirectory, migrate, testDatabaseURI } from '../support/cmsServer'

const dataDir = makeDataDirectory()
const databaseURI = testDatabaseURI(dataDir)
const environment = cmsEnvironment({ dataDir, databaseURI })
Object.assign(process.env, environment)

type Rows = { rows: Array<Record<string, unknown>> }
let payload: Payload
const client = () => (payload.db as unknown as { client: { execute: (sql: string) => Promise<Rows> } }).client
const pragma = async (name: string) => Object.values((await client().execute(`PRAGMA ${name}`)).rows[0] ?? {})[0]

describe.skipIf(databaseURI.startsWith('mongodb'))('SQLite connection settings', () => {
  beforeAll(async () => {
    await migrate(environment)
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../src/payload.config')
    payload = await getPayload({ config })
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  test('survive the transactions of several writes', async () => {
    for (let index = 0; index < 3; index++) {
      await payload.create({ collection: 'links', data: { title: `連結 ${index}`, url: 'https://www.edu.tw', group: 'government' } })
      expect(await pragma('busy_timeout')).toBe(10_000)
      expect(await pragma('synchronous')).toBe(2) // FULL
      expect(await pragma('cache_size')).toBe(-65536)
    }
    expect(await pragma('journal_mode')).toBe('wal')
  })
})
