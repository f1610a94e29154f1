/**
 * SQLite connections: the settings (busy timeout, synchronous commits, page cache) hold on every
 * connection, transactions reuse pooled connections instead of opening (and leaking) new ones, and
 * writers of one process wait for each other without stopping the process.
 */
import type { Client } from '@libsql/client'
import { performance } from 'node:perf_hooks'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { BUSY_TIMEOUT_MS } from '../../src/database/sqliteConnections'
import { cmsEnvironment, makeDataDirectory, migrate, testDatabaseURI } from '../support/cmsServer'

const dataDir = makeDataDirectory()
const databaseURI = testDatabaseURI(dataDir)
const environment = cmsEnvironment({ dataDir, databaseURI })
Object.assign(process.env, environment)

let payload: Payload
const client = () => (payload.db as unknown as { client: Client }).client
const firstValue = async (connection: Pick<Client, 'execute'>, sql: string) => Object.values((await connection.execute(sql)).rows[0] ?? {})[0]

/**
 * The longest the event loop may stand still: one write's own work, a few hundred milliseconds on a
 * busy machine, fits; a process stopped by a wait for SQLite's lock stands still for the whole busy
 * timeout (10 s).
 */
const longestPause = BUSY_TIMEOUT_MS / 5

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

  test('take turns when many writes arrive at once, without stopping the process', async () => {
    const existing = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        payload.create({ collection: 'links', data: { title: `既有連結 ${index}`, url: 'https://www.edu.tw', group: 'government' } }),
      ),
    )
    const lateness = eventLoopLateness()
    const timed = async (write: () => Promise<unknown>) => {
      const started = performance.now()
      await write()
      return performance.now() - started
    }
    const results = await Promise.allSettled([
      ...Array.from({ length: 20 }, (_, index) =>
        timed(() => payload.create({ collection: 'links', data: { title: `同時連結 ${index}`, url: 'https://www.moe.gov.tw', group: 'private' } })),
      ),
      ...existing.map((link, index) => timed(() => payload.update({ collection: 'links', id: link.id, data: { order: index + 1 } }))),
    ])
    const worstLateness = lateness.stop()

    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    const durations = results.map((result) => (result.status === 'fulfilled' ? result.value : Infinity))
    // A write stalled behind another would wait the whole busy timeout (10 s) and then fail; the
    // last of thirty in the queue waits for the other twenty-nine, which on a busy machine is a second or two.
    expect(Math.max(...durations)).toBeLessThan(BUSY_TIMEOUT_MS / 2)
    expect(worstLateness).toBeLessThan(longestPause)
    const { totalDocs } = await payload.count({ collection: 'links', where: { title: { like: '同時連結' } } })
    expect(totalDocs).toBe(20)
  })

  test('a write outside a transaction waits for the open one without stopping the process', async () => {
    await client().execute('CREATE TABLE outside_probe (id INTEGER)')
    const open = await client().transaction('write')
    await open.execute('INSERT INTO outside_probe VALUES (1)')

    const lateness = eventLoopLateness()
    let outsideDone = false
    const outside = client()
      .execute('INSERT INTO outside_probe VALUES (2)')
      .then(() => (outsideDone = true))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(outsideDone).toBe(false)
    await open.commit()
    await outside
    expect(lateness.stop()).toBeLessThan(longestPause)
    expect(await firstValue(client(), 'SELECT count(*) FROM outside_probe')).toBe(2)
  })

  test('hand the write lock on after a failed statement, a rollback and a close', async () => {
    await client().execute('CREATE TABLE release_probe (id INTEGER PRIMARY KEY)')
    const failed = await client().transaction('write')
    await failed.execute('INSERT INTO release_probe VALUES (1)')
    await expect(failed.execute('INSERT INTO release_probe VALUES (1)')).rejects.toThrow(/UNIQUE/)
    await failed.rollback()

    const closed = await client().transaction('write')
    await closed.execute('INSERT INTO release_probe VALUES (2)')
    closed.close()

    const started = performance.now()
    const next = await client().transaction('write')
    await next.execute('INSERT INTO release_probe VALUES (3)')
    await next.commit()
    await client().execute('INSERT INTO release_probe VALUES (4)')
    expect(performance.now() - started).toBeLessThan(1000)
    expect((await client().execute('SELECT id FROM release_probe ORDER BY id')).rows.map((row) => row.id)).toEqual([3, 4])
  })
})

/** How late a 10 ms timer fires at worst while it runs: the time the event loop was kept from turning. */
function eventLoopLateness() {
  let worst = 0
  let expected = performance.now() + 10
  const timer = setInterval(() => {
    const now = performance.now()
    worst = Math.max(worst, now - expected)
    expected = now + 10
  }, 10)
  return {
    stop: () => {
      clearInterval(timer)
      return worst
    },
  }
}
