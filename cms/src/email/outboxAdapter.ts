import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

export type OutboxOptions = {
  /** The folder the messages are written to; created when missing. */
  directory: string
  defaultFromAddress: string
  defaultFromName: string
}

/** What `payload.sendEmail` resolves with: where the message was written. */
export type OutboxDelivery = { file: string; messageId: string }

/**
 * A name that sorts by time: the UTC time to the millisecond, then a random part so that two
 * messages in the same millisecond (or from two servers) never collide.
 */
const fileName = (at: Date) => `${at.toISOString().replace(/:/g, '-')}-${randomBytes(4).toString('hex')}.eml`

/**
 * Email without a mail server: each message is written as an RFC 5322 file (`.eml`, openable in
 * any mail program) into an outbox folder, so the platform runs offline and every notice can be
 * read afterwards. Nodemailer composes the message exactly as it would send it over SMTP: Date,
 * Message-ID, encoded non-ASCII headers (RFC 2047) and a UTF-8 body.
 */
export const outboxAdapter =
  ({ directory, defaultFromAddress, defaultFromName }: OutboxOptions): EmailAdapter<OutboxDelivery> =>
  ({ payload }) => {
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
    return {
      name: 'outbox',
      defaultFromAddress,
      defaultFromName,
      sendEmail: async (message) => {
        // The stream transport keeps Bcc in the headers: the outbox is the record of who was told.
        const composed = await composer.sendMail({ ...message, from: message.from ?? { name: defaultFromName, address: defaultFromAddress } })
        await fs.mkdir(directory, { recursive: true })
        const file = path.join(directory, fileName(new Date()))
        // Written beside its final name and renamed, so a reader never sees half a message.
        const partial = path.join(directory, `.${path.basename(file)}.partial`)
        await fs.writeFile(partial, composed.message as Buffer, { flag: 'wx' })
        await fs.rename(partial, file)
        payload.logger.info({ msg: `Email "${message.subject ?? ''}" written to ${file}` })
        return { file, messageId: composed.messageId }
      },
    }
  }
