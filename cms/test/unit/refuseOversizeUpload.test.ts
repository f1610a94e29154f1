/**
 * The 413 for an upload past the largest collection limit, which Payload's multipart parser raises
 * through this handler as soon as the limit is passed (a real 1 GB upload is too slow for a test).
 */
import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { sizeLimits } from 'media'

import { refuseOversizeUpload } from '../../src/hooks/refuseOversizeUpload'
import { messages } from '../../src/messages'

const refusalFor = (headers: Record<string, string>) => {
  try {
    refuseOversizeUpload({ request: new Request('http://localhost/api/video-files', { method: 'POST', headers }) })
  } catch (error) {
    return error as APIError
  }
  throw new Error('not refused')
}

const megabytes = String(sizeLimits.video / (1024 * 1024))

describe('an upload past the largest limit', () => {
  it('is a 413 in Chinese by default', () => {
    const refusal = refusalFor({})
    expect(refusal).toBeInstanceOf(APIError)
    expect(refusal.status).toBe(413)
    expect(refusal.message).toBe(messages.fileTooLarge['zh-TW'].replace('{megabytes}', megabytes))
  })

  it("is in English for a browser preferring English or an editor who chose it, the editor's choice first", () => {
    expect(refusalFor({ 'accept-language': 'en-GB,en;q=0.9' }).message).toBe(messages.fileTooLarge.en.replace('{megabytes}', megabytes))
    expect(refusalFor({ cookie: 'payload-lng=en' }).message).toBe(messages.fileTooLarge.en.replace('{megabytes}', megabytes))
    expect(refusalFor({ cookie: 'payload-lng=zh-TW', 'accept-language': 'en' }).message).toBe(
      messages.fileTooLarge['zh-TW'].replace('{megabytes}', megabytes),
    )
  })
})
