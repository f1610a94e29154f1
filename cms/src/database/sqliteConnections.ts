import { type Client, createClient, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'

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

const beginStatement: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN',
  deferred: 'BEGIN DEFERRED',
}

/**
 * libsql's client hands its connection to each transaction, opens a fresh one without the settings
 * above, and never closes the one it handed over: about 2 MB lost per write, for good. Here every
 * transaction runs on a connection of a small pool instead, set up once and returned afterwards,
 * and the client's own connection gets the settings too.
 */
export async function runTransactionsOnPooledConnections(client: Client, url: string) {
  if ('pooledTransactions' in client) return
  await applySettings(client)
  const idle: Client[] = []

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
    const begin = () =>
      (beginning ??= connection.execute(beginStatement[mode]).then(() => {
        state = 'open'
      }))
    const run = async (statement: InStatement) => {
      await begin()
      return connection.execute(statement)
    }
    const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
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
  Object.assign(client, { pooledTransactions: true })
}
