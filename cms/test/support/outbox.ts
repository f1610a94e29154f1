/**
 * The test server's outbox (EMAIL_OUTBOX_DIR, see cmsServer.ts): one RFC 5322 `.eml` file per
 * message, read back here with just enough MIME decoding for the messages the CMS writes.
 */
import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

import { api } from './api'

export type Email = {
  file: string
  /** Header names in lower case, values unfolded and still encoded. */
  headers: Record<string, string>
  from: string
  /** The addresses of the To header. */
  to: string[]
  subject: string
  text: string
}

const outboxDirectory = () => path.join(inject('cmsDataDir'), 'outbox')

/** The names of the messages in the outbox, oldest first (files being written are not listed). */
export function outboxFiles(): string[] {
  const directory = outboxDirectory()
  return fs.existsSync(directory) ? fs.readdirSync(directory).filter((name) => name.endsWith('.eml') && !name.startsWith('.')).sort() : []
}

/** Quoted-printable text (`=E5=84=AA`, soft line breaks `=` at line ends) as bytes. */
function quotedPrintableBytes(value: string): Buffer {
  const joined = value.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3)
    if (joined[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      index += 2
    } else bytes.push(...Buffer.from(joined[index]!, 'utf8'))
  }
  return Buffer.from(bytes)
}

const encodedWord = /=\?utf-8\?([bq])\?([^?]*)\?=/gi

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`); a run of adjacent words is one UTF-8 byte sequence. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?[bq]\?[^?]*\?=(?:\s+=\?utf-8\?[bq]\?[^?]*\?=)*/gi, (run) =>
    Buffer.concat(
      [...run.matchAll(encodedWord)].map(([, encoding, encoded]) =>
        encoding!.toLowerCase() === 'b' ? Buffer.from(encoded!, 'base64') : quotedPrintableBytes(encoded!.replace(/_/g, ' ')),
      ),
    ).toString('utf8'),
  )
}

export function readEmail(name: string): Email {
  const file = path.join(outboxDirectory(), name)
  const raw = fs.readFileSync(file, 'utf8')
  const split = raw.indexOf('\r\n\r\n')
  const headers: Record<string, string> = {}
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  const body = raw.slice(split + 4)
  const encoding = headers['content-transfer-encoding']?.toLowerCase()
  const text =
    encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : encoding === 'quoted-printable' ? quotedPrintableBytes(body).toString('utf8') : body
  return {
    file,
    headers,
    from: decodeWords(headers.from ?? ''),
    to: (headers.to ?? '').match(/[^\s<>,"]+@[^\s<>,"]+/g) ?? [],
    subject: decodeWords(headers.subject ?? ''),
    text: text.replace(/\r\n/g, '\n'),
  }
}

/** Remembers what the outbox holds now; the function it returns reads the messages written since. */
export function outboxMark(): () => Email[] {
  const seen = new Set(outboxFiles())
  return () => outboxFiles().filter((name) => !seen.has(name)).map(readEmail)
}

/**
 * Asks for a password reset over HTTP (POST /api/users/forgot-password) and returns the token from
 * the email it sends, as the account holder would follow the link.
 */
export async function requestResetToken(email: string): Promise<string> {
  const since = outboxMark()
  const reply = await api('/users/forgot-password', { json: { email } })
  if (reply.status !== 200) throw new Error(`forgot-password answered ${reply.status}: ${reply.text.slice(0, 300)}`)
  const message = since().find((sent) => sent.to.includes(email))
  const token = message?.text.match(/\/reset\/([A-Za-z0-9]+)/)?.[1]
  if (!token) throw new Error(`No reset link mailed to ${email}`)
  return token
}
