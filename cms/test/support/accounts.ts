/** The first administrator account and logging in, over the REST API. */
import { request } from './http'

export type Credentials = { email: string; password: string; name: string }

export const testAdmin: Credentials = {
  email: 'admin@career.test',
  password: 'correct-horse-battery-staple-42',
  name: '測試管理者',
}

/**
 * Creates the first account of a fresh database (POST /api/users/first-register), which Payload
 * only allows while there is no user yet. Resolves with its token.
 */
export async function createFirstAdmin(baseURL: string, credentials: Credentials = testAdmin): Promise<string> {
  const reply = await request(`${baseURL}/api/users/first-register`, { json: credentials })
  if (reply.status !== 200 || !reply.body?.token) {
    throw new Error(`first-register answered ${reply.status}: ${reply.text.slice(0, 500)}`)
  }
  return reply.body.token as string
}

/** POST /api/users/login; resolves with the JWT to send as `Authorization: JWT <token>`. */
export async function login(baseURL: string, { email, password }: Pick<Credentials, 'email' | 'password'> = testAdmin): Promise<string> {
  const reply = await request(`${baseURL}/api/users/login`, { json: { email, password } })
  if (reply.status !== 200 || !reply.body?.token) {
    throw new Error(`login answered ${reply.status}: ${reply.text.slice(0, 500)}`)
  }
  return reply.body.token as string
}
