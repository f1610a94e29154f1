/**
 * What the server stored for an account, read from the test database itself: the fields Payload
 * never returns over HTTP (lock, encrypted API key). SQLite only.
 */
import { createClient } from '@libsql/client'
import { inject } from 'vitest'

export type StoredAccount = {
  lock_until: string | null
  login_attempts: number | null
  api_key: string | null
  api_key_index: string | null
}

/** Whether these reads are possible: the test server runs on SQLite. */
export const canReadStoredAccounts = () => inject('cmsDatabase') === 'sqlite'

const testDatabase = async () => {
  const client = createClient({ url: inject('cmsDatabaseURI') })
  await client.execute('PRAGMA busy_timeout = 10000')
  return client
}

export async function storedAccount(email: string): Promise<StoredAccount> {
  const client = await testDatabase()
  try {
    const result = await client.execute({
      sql: 'SELECT lock_until, login_attempts, api_key, api_key_index FROM users WHERE email = ?',
      args: [email],
    })
    const row = result.rows[0]
    if (!row) throw new Error(`No stored account ${email}`)
    return row as unknown as StoredAccount
  } finally {
    client.close()
  }
}
