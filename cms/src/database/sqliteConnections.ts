import {
  type Client,
  createClient,
  type InArgs,
  type InStatement,
  LibsqlError,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'

export const BUSY_TIMEOUT_MS = 10_000

/**
 * Settings every SQLite connection needs: writers wait for each other instead of failing with
 * SQLITE_BUSY; FULL syncs each commit so an acknowledged write survives a crash or power loss (WAL
 * itself, set once per file, lets readers work beside a writer); a 16 MB page cache keeps the
 * indexes of a busy collection in memory.
 */
const connectionSettings = [`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`, 'PRAGMA synchronous = FULL', 'PRAGMA cache_size = -16384']

/** Idle transaction connections kept open for reuse; more are opened under load and closed after. */
const MAX_IDLE_CONNECTIONS = 4

async function applySettings(client: Client) {
  for (const setting of connectionSettings) await client.execute(setting)
}

/**
 * libsql runs every statement synchronously, SQLite's busy handler included: a connection that
 * waits for the write lock another connection of this process holds (a transaction between its
 * awaits) stops the event loop, so the holder can never finish, and the wait ends after the busy
 * timeout in SQLITE_BUSY. Writers of one process therefore queue here, in arrival order, and reach
 * SQLite only when no other writer of the process holds the lock; other processes (the background
 * worker, scripts) are still kept apart by busy_timeout.
 */
class WriteLock {
  private held = false
  private readonly waiting: Array<() => void> = []

  /** Resolves with the release (safe to call twice) when it is this caller's turn; fails as SQLite would after `timeoutMs`. */
  acquire(timeoutMs: number): Promise<() => void> {
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const grant = () => {
        clearTimeout(timer)
        this.held = true
        let released = false
        resolve(() => {
          if (released) return
          released = true
          this.handOver()
        })
      }
      if (!this.held) return grant()
      this.waiting.push(grant)
      timer = setTimeout(() => {
        const place = this.waiting.indexOf(grant)
        // Its turn came as the time ran out: it takes it.
        if (place === -1) return
        this.waiting.splice(place, 1)
        reject(new LibsqlError(`database is locked: another write of this process held it for ${timeoutMs / 1000} s`, 'SQLITE_BUSY'))
      }, timeoutMs)
    })
  }

  /**
   * The next writer starts after the event loop has turned: Payload's writes never wait for I/O
   * (every statement is synchronous), so handing over at once would run a queue of writes back to
   * back while requests that only read wait unanswered.
   */
  private handOver() {
    const next = this.waiting.shift()
    if (next) setImmediate(next)
    else this.held = false
  }
}

/** One lock per database file: every client of the process on that file shares it. */
const writeLocks = new Map<string, WriteLock>()
const writeLockFor = (url: string) => {
  let lock = writeLocks.get(url)
  if (!lock) writeLocks.set(url, (lock = new WriteLock()))
  return lock
}

/** Statements that only read; anything else may write and takes the write lock. */
const readsOnly = (statement: InStatement) => /^\s*(SELECT|EXPLAIN)\b/i.test(typeof statement === 'string' ? statement : statement.sql)

const beginStatement: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN',
  deferred: 'BEGIN DEFERRED',
}

/**
 * libsql's client hands its connection to each transaction, opens a fresh one without the settings
 * above, and never closes the one it handed over: about 2 MB lost per write, for good. Here every
 * transaction runs on a connection of a small pool instead, set up once and returned afterwards,
 * and the client's own connection gets the settings too. Transactions that may write, and writes on
 * the client's own connection, take the process's write lock first (see WriteLock).
 */
export async function runTransactionsOnPooledConnections(client: Client, url: string) {
  if ('pooledTransactions' in client) return
  await applySettings(client)
  const idle: Client[] = []
  const writeLock = writeLockFor(url)

  const acquire = async () => {
    const pooled = idle.pop()
    if (pooled) return pooled
    const connection = createClient({ url })
    await applySettings(connection)
    return connection
  }
  const release = (connection: Client) => {
    if (idle.length < MAX_IDLE_CONNECTIONS) idle.push(connection)
    else connection.close()
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const connection = await acquire()
    /**
     * BEGIN waits for the transaction's first statement. Payload opens a request's transaction
     * before some writes it makes outside it (forgot-password reserves its rate limit that way);
     * holding the write lock from the start made those wait for it until the busy timeout.
     */
    let beginning: Promise<void> | undefined
    let state: 'idle' | 'open' | 'ended' = 'idle'
    let releaseWriteLock = () => {}
    const begin = () =>
      (beginning ??= (async () => {
        if (mode !== 'read') releaseWriteLock = await writeLock.acquire(BUSY_TIMEOUT_MS)
        try {
          await connection.execute(beginStatement[mode])
        } catch (error) {
          releaseWriteLock()
          throw error
        }
        state = 'open'
      })())
    const run = async (statement: InStatement) => {
      await begin()
      return connection.execute(statement)
    }
    const end = async (statement: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
      if (state === 'ended') return
      // A failed BEGIN left nothing open; a transaction that never ran a statement has nothing to end.
      if (state === 'idle') {
        await beginning?.catch(() => undefined)
        if (state === 'idle') {
          state = 'ended'
          release(connection)
          return
        }
      }
      try {
        await connection.execute(statement)
        state = 'ended'
        release(connection)
      } catch (error) {
        // A failed COMMIT leaves the transaction open: undo it so the connection can be reused.
        if (statement === 'COMMIT') await end('ROLLBACK')
        else connection.close()
        state = 'ended'
        throw error
      } finally {
        if (state === 'ended') releaseWriteLock()
      }
    }
    const transaction: Transaction = {
      execute: run,
      batch: async (statements: InStatement[]) => {
        const results: ResultSet[] = []
        for (const statement of statements) results.push(await run(statement))
        return results
      },
      // libsql's executeMultiple rolls back an open transaction; nothing here needs it.
      executeMultiple: async () => {
        throw new Error('executeMultiple is not available inside a transaction')
      },
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close: () => void end('ROLLBACK'),
      get closed() {
        return state === 'ended'
      },
    }
    return transaction
  }
  lockWritesOfOwnConnection(client, writeLock)
  Object.assign(client, { pooledTransactions: true })
}

/** Writes outside a transaction (Payload makes some, e.g. on sign-in) wait for the write lock too. */
function lockWritesOfOwnConnection(client: Client, writeLock: WriteLock) {
  const locked = async <T>(write: () => Promise<T>) => {
    const releaseWriteLock = await writeLock.acquire(BUSY_TIMEOUT_MS)
    try {
      return await write()
    } finally {
      releaseWriteLock()
    }
  }
  const execute = client.execute.bind(client) as (statement: InStatement, args?: InArgs) => Promise<ResultSet>
  client.execute = ((statement: InStatement, args?: InArgs) =>
    readsOnly(statement) ? execute(statement, args) : locked(() => execute(statement, args))) as Client['execute']
  const batch = client.batch.bind(client)
  client.batch = (statements, mode) => (statements.every(readsOnly) ? batch(statements, mode) : locked(() => batch(statements, mode)))
  const executeMultiple = client.executeMultiple.bind(client)
  client.executeMultiple = (sql) => locked(() => executeMultiple(sql))
  const migrate = client.migrate.bind(client)
  client.migrate = (statements) => locked(() => migrate(statements))
}
