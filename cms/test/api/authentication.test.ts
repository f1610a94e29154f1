/**
 * Authentication hardening over HTTP: accounts locked after repeated failed sign-ins until an
 * administrator unlocks them, the password policy on every way a password is set, session cookies
 * honoured only from allowed origins, and API keys for automation accounts that are never read back.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, inject, test } from 'vitest'

import { messages } from '../../src/messages'
import { login } from '../support/accounts'
import { admin, api, baseURL, graphql, messageFor, unique, upload } from '../support/api'
import { png } from '../support/files'
import { request } from '../support/http'
import { requestResetToken } from '../support/outbox'
import { canReadStoredAccounts, storedAccount } from '../support/storedAccounts'

const strongPassword = () => `violet-kettle-${unique()}-drums`

type Account = { id: string; email: string; password: string }

/** An account made by the administrator (a reviewer unless said otherwise). */
async function createAccount(fields: Record<string, unknown> = {}): Promise<Account> {
  const email = `auth-${unique()}@career.test`
  const password = strongPassword()
  const reply = await api('/users', {
    method: 'POST',
    json: { email, password, name: '測試帳號', role: 'reviewer', ...fields },
    token: await admin(),
  })
  if (reply.status !== 201) throw new Error(`POST /api/users answered ${reply.status}: ${reply.text.slice(0, 500)}`)
  return { id: reply.body.doc.id, email, password }
}

const loginReply = (email: string, password: string, language?: string) => api('/users/login', { json: { email, password }, language })

describe('lockout after repeated failed sign-ins', () => {
  test('five wrong passwords lock the account, even against the right one, until an administrator unlocks it', async () => {
    const account = await createAccount()
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await loginReply(account.email, 'not-the-password-at-all')).status).toBe(401)
    }
    const locked = await loginReply(account.email, account.password, 'en')
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toBe(messages.accountLocked.en)
    expect((await loginReply(account.email, account.password)).body.errors[0].message).toBe(messages.accountLocked['zh-TW'])

    // Payload would lift the lock after lockTime; the stored lock outlasts any working life.
    if (canReadStoredAccounts()) {
      const { lock_until } = await storedAccount(account.email)
      const fiftyYears = 50 * 365 * 24 * 60 * 60 * 1000
      expect(new Date(lock_until!).getTime()).toBeGreaterThan(Date.now() + fiftyYears)
    }

    const contractor = await createAccount({ role: 'contractor' })
    const contractorToken = await login(baseURL(), contractor)
    expect((await api('/users/unlock', { json: { email: account.email }, token: contractorToken })).status).toBe(403)
    expect((await loginReply(account.email, account.password)).status).toBe(401)

    const unlocked = await api('/users/unlock', { json: { email: account.email }, token: await admin() })
    expect(unlocked.status, unlocked.text).toBe(200)
    expect((await loginReply(account.email, account.password)).status).toBe(200)
  })

  test('a password reset does not unlock a locked account', async () => {
    const account = await createAccount()
    for (let attempt = 1; attempt <= 5; attempt++) await loginReply(account.email, 'not-the-password-at-all')
    const token = await requestResetToken(account.email)
    const newPassword = strongPassword()
    const reset = await api('/users/reset-password', { json: { token, password: newPassword }, language: 'en' })
    expect(reset.status).toBe(403)
    expect(reset.body.errors[0].message).toBe(messages.accountLocked.en)
    expect((await loginReply(account.email, newPassword)).status).toBe(401)
    expect((await loginReply(account.email, account.password)).status).toBe(401)
  })
})

describe('password policy', () => {
  const tooShort = 'Tq7#mZp2vLx' // 11 characters
  const common = 'Qwerty123456' // in the common-password list, whatever the case

  test('creating an account: 11 characters and a common password are refused with a message, a good one accepted', async () => {
    const token = await admin()
    const email = `auth-new-${unique()}@career.test`
    const short = await api('/users', { method: 'POST', json: { email, password: tooShort, name: '短密碼', role: 'reviewer' }, token, language: 'en' })
    expect(short.status, short.text).toBe(400)
    expect(messageFor(short, 'password')).toBe('A password needs at least 12 characters.')
    const shortInChinese = await api('/users', { method: 'POST', json: { email, password: tooShort, name: '短密碼', role: 'reviewer' }, token })
    expect(messageFor(shortInChinese, 'password')).toBe('密碼至少需要 12 個字元。')

    const usual = await api('/users', { method: 'POST', json: { email, password: common, name: '常見密碼', role: 'reviewer' }, token, language: 'en' })
    expect(usual.status, usual.text).toBe(400)
    expect(messageFor(usual, 'password')).toBe(messages.passwordTooCommon.en)
    expect((await api(`/users?where[email][equals]=${encodeURIComponent(email)}`, { token })).body.totalDocs).toBe(0)

    const password = `${tooShort}!`
    const created = await api('/users', { method: 'POST', json: { email, password, name: '好密碼', role: 'reviewer' }, token })
    expect(created.status, created.text).toBe(201)
    expect((await loginReply(email, password)).status).toBe(200)
  })

  test('changing a password: a weak one is refused and the old one still works', async () => {
    const account = await createAccount()
    const own = await login(baseURL(), account)
    for (const password of [tooShort, common]) {
      const changed = await api(`/users/${account.id}`, { method: 'PATCH', json: { password }, token: own, language: 'en' })
      expect(changed.status, changed.text).toBe(400)
      expect(messageFor(changed, 'password')).toMatch(/12 characters|common password/)
    }
    expect((await loginReply(account.email, account.password)).status).toBe(200)
    const newPassword = strongPassword()
    expect((await api(`/users/${account.id}`, { method: 'PATCH', json: { password: newPassword }, token: own })).status).toBe(200)
    expect((await loginReply(account.email, newPassword)).status).toBe(200)
  })

  test('resetting a password from the emailed link: a weak one is refused, a good one accepted', async () => {
    const account = await createAccount()
    const token = await requestResetToken(account.email)
    const weak = await api('/users/reset-password', { json: { token, password: common }, language: 'en' })
    expect(weak.status, weak.text).toBe(400)
    expect(messageFor(weak, 'password')).toBe(messages.passwordTooCommon.en)
    expect((await loginReply(account.email, common)).status).toBe(401)

    const newPassword = strongPassword()
    const reset = await api('/users/reset-password', { json: { token, password: newPassword } })
    expect(reset.status, reset.text).toBe(200)
    expect((await loginReply(account.email, newPassword)).status).toBe(200)
  })
})

describe('deactivated accounts', () => {
  test('a deactivated account cannot sign in, with the reason; reactivated, it can', async () => {
    const account = await createAccount()
    const token = await admin()
    expect((await api(`/users/${account.id}`, { method: 'PATCH', json: { active: false }, token })).status).toBe(200)
    const refused = await loginReply(account.email, account.password, 'en')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(messages.accountDeactivated.en)
    expect((await api(`/users/${account.id}`, { method: 'PATCH', json: { active: true }, token })).status).toBe(200)
    expect((await loginReply(account.email, account.password)).status).toBe(200)
  })
})

describe('session cookies and origins', () => {
  const foreignOrigin = 'https://evil.example'

  async function sessionCookie(account: Account): Promise<string> {
    const reply = await loginReply(account.email, account.password)
    expect(reply.status).toBe(200)
    const cookie = [reply.headers['set-cookie'] ?? []].flat().find((value) => value.startsWith('payload-token='))
    if (!cookie) throw new Error(`No session cookie in ${JSON.stringify(reply.headers)}`)
    return cookie
  }

  test('the session cookie is HttpOnly and SameSite=Lax (Secure only in production or over HTTPS)', async () => {
    const cookie = await sessionCookie(await createAccount())
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    // The test server runs on http://localhost: Secure in the production build only.
    if (inject('cmsBuild') === 'production') expect(cookie).toMatch(/;\s*Secure/i)
    else expect(cookie).not.toMatch(/;\s*Secure/i)
  })

  test('a valid cookie sent with a foreign Origin is treated as logged out', async () => {
    const account = await createAccount()
    const cookie = (await sessionCookie(account)).split(';')[0]!

    const foreignMe = await api('/users/me', { headers: { cookie, origin: foreignOrigin } })
    expect(foreignMe.status).toBe(200)
    expect(foreignMe.body.user).toBeNull()
    const foreignWrite = await api(`/users/${account.id}`, { method: 'PATCH', json: { name: '被竄改' }, headers: { cookie, origin: foreignOrigin } })
    expect(foreignWrite.status).toBe(403)

    const ownMe = await api('/users/me', { headers: { cookie, origin: baseURL() } })
    expect(ownMe.body.user?.email).toBe(account.email)
    const ownWrite = await api(`/users/${account.id}`, { method: 'PATCH', json: { name: '自己改名' }, headers: { cookie, origin: baseURL() } })
    expect(ownWrite.status, ownWrite.text).toBe(200)
    expect(ownWrite.body.doc.name).toBe('自己改名')
  })

  test('only allowed origins may read answers cross-origin (CORS)', async () => {
    const allowed = await api('/users/me', { headers: { origin: baseURL() } })
    expect(allowed.headers['access-control-allow-origin']).toBe(baseURL())
    const foreign = await api('/users/me', { headers: { origin: foreignOrigin } })
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('API keys for automation accounts', () => {
  const withKey = (key: string) => ({ authorization: `users API-Key ${key}` })

  test('an automation account signs in with its key, which no read ever returns', async () => {
    const key = randomUUID()
    const token = await admin()
    const account = await createAccount({ role: 'contractor', automation: true, apiKey: key, enableAPIKey: true })

    const me = await api('/users/me', { headers: withKey(key) })
    expect(me.body.user?.email).toBe(account.email)
    expect(me.text).not.toContain(key)

    // Something it created, read with its account populated.
    const image = await upload('media', await png(`auth-key-${unique()}.png`), { alt: '自動上傳' }, { token: '', headers: withKey(key) })
    expect(image.status, image.text).toBe(201)

    const reads = [
      await api(`/users/${account.id}?depth=1`, { token }),
      await api(`/users?where[email][equals]=${encodeURIComponent(account.email)}&depth=1`, { token }),
      await api(`/users/${account.id}`, { headers: withKey(key) }),
      await api(`/media/${image.body.doc.id}?depth=2`, { token }),
      await api(`/users/login`, { json: { email: account.email, password: account.password } }),
      await graphql(`query ($id: String!) { User(id: $id) { email hasAPIKey } }`, { id: account.id }, { token }),
    ]
    for (const reply of reads) {
      expect(reply.status, reply.text).toBe(200)
      expect(reply.text).not.toContain(key)
      expect(reply.text).not.toContain('"apiKey"')
      expect(reply.text).not.toContain('apiKeyIndex')
    }
    expect(reads[0]!.body.hasAPIKey).toBe(true)
    expect(reads[3]!.body.createdBy?.email).toBe(account.email)
    const selectAll = await graphql(`query ($id: String!) { User(id: $id) { apiKey } }`, { id: account.id }, { token })
    expect(selectAll.text).not.toContain(key)

    // No endpoint reveals a stored key, and it is stored encrypted.
    expect((await api(`/users/${account.id}/api-key/reveal`, { method: 'POST', token })).status).toBe(404)
    if (canReadStoredAccounts()) {
      const stored = await storedAccount(account.email)
      expect(stored.api_key).toBeTruthy()
      expect(stored.api_key).not.toContain(key)
    }
  })

  test('an account not marked as automation cannot have a key', async () => {
    const token = await admin()
    const key = randomUUID()
    const person = await createAccount()
    const refused = await api(`/users/${person.id}`, { method: 'PATCH', json: { apiKey: key, enableAPIKey: true }, token, language: 'en' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(messages.apiKeyNeedsAutomation.en)
    expect((await api('/users/me', { headers: withKey(key) })).body.user).toBeNull()

    const email = `auth-key-${unique()}@career.test`
    const created = await api('/users', {
      method: 'POST',
      json: { email, password: strongPassword(), name: '無自動化', role: 'reviewer', apiKey: key, enableAPIKey: true },
      token,
    })
    expect(created.status).toBe(403)
    expect((await api('/users/me', { headers: withKey(key) })).body.user).toBeNull()
  })

  test('only administrators mark automation accounts and issue keys; unmarking revokes the key', async () => {
    const contractor = await createAccount({ role: 'contractor' })
    const contractorToken = await login(baseURL(), contractor)
    const other = await createAccount()
    const marked = await api(`/users/${other.id}`, { method: 'PATCH', json: { automation: true }, token: contractorToken, language: 'en' })
    expect(marked.status).toBe(403)
    expect(marked.body.errors[0].message).toBe(messages.automationAdminOnly.en)

    const key = randomUUID()
    const robot = await createAccount({ automation: true, apiKey: key, enableAPIKey: true })
    // Not even an automation account sets its own key.
    const rotated = randomUUID()
    await api(`/users/${robot.id}`, { method: 'PATCH', json: { apiKey: rotated, enableAPIKey: true }, headers: withKey(key) })
    expect((await api('/users/me', { headers: withKey(rotated) })).body.user).toBeNull()
    expect((await api('/users/me', { headers: withKey(key) })).body.user?.email).toBe(robot.email)

    const token = await admin()
    const unmarked = await api(`/users/${robot.id}`, { method: 'PATCH', json: { automation: false }, token })
    expect(unmarked.status, unmarked.text).toBe(200)
    expect((await api(`/users/${robot.id}`, { token })).body.hasAPIKey).toBe(false)
    expect((await api('/users/me', { headers: withKey(key) })).body.user).toBeNull()
  })
})
