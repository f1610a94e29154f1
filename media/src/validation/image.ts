import sharp from 'sharp'

import { type Refusal, refuse } from './refusal'

/**
 * Decodes the whole image (statistics need every pixel, without holding the decoded image), so a
 * cut-off or corrupt file is found now and not when the derivatives are made. Over `pixelLimit`
 * pixels sharp refuses before decoding, so a decompression bomb costs nothing.
 */
export async function checkImage(content: Uint8Array | string, pixelLimit: number): Promise<Refusal | undefined> {
  try {
    await sharp(content, { limitInputPixels: pixelLimit, failOn: 'error' }).stats()
    return undefined
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (/pixel limit/i.test(reason)) return refuse('imageTooManyPixels', { megapixels: String(Math.round(pixelLimit / 1_000_000)) })
    return refuse('imageCorrupt')
  }
}
