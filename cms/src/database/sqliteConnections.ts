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
    try {
      await connection.execute(beginStatement[mode])
    } catch (error) {
      release(connection)
      throw error
    }
    let open = true
    const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
      if (!open) return
      try {
        await connection.execute(statement)
        open = false
        release(connection)
      } catch (error) {
        // A failed COMMIT leaves the transaction open: undo it so the connection can be reused.
        if (statement === 'COMMIT') await end('ROLLBACK')
        else connection.close()
        open = false
        throw error
      }
    }
    const transaction: Transaction = {
      execute: (statement: InStatement) => connection.execute(statement),
      batch: async (statements: InStatement[]) => {
        const results: ResultSet[] = []
        for (const statement of statements) results.push(await connection.execute(statement))
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
        return !open
      },
    }
    return transaction
  }
  Object.assign(client, { pooledTransactions: true })
}
