/**
 * What the server stored for an account, read from the test database itself: the fields Payload
 * never returns over HTTP (lock, encrypted API key); and a password-reset token as the emailed
 * link would carry it (the test server sends no mail). SQLite only.
 */
import { createClient } from '@libsql/client'
import { randomBytes } from 'node:crypto'
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

/** Gives the account a reset token valid for an hour, as POST /api/users/forgot-password does. */
export async function issueResetToken(email: string): Promise<string> {
  const token = randomBytes(20).toString('hex')
  const client = await testDatabase()
  try {
    const result = await client.execute({
      sql: 'UPDATE users SET reset_password_token = ?, reset_password_expiration = ? WHERE email = ?',
      args: [token, new Date(Date.now() + 60 * 60 * 1000).toISOString(), email],
    })
    if (result.rowsAffected !== 1) throw new Error(`No stored account ${email}`)
    return token
  } finally {
    client.close()
  }
}
