import fs from 'node:fs'
import path from 'node:path'

import type { TaskConfig } from 'payload'

import { writePortalVariants } from 'media'

import { imageCacheDirectory, uploadDirectory } from '../environment'

/**
 * A job of the background worker: makes an image's portal variants (every preset, AVIF and WebP,
 * cropped around its focal point) into the image cache the site build reads, so that the first
 * publish after an upload or a new focal point does not wait for encoding.
 */
export const makePortalImages: TaskConfig<{ input: { media: string }; output: { written: number } }> = {
  slug: 'makePortalImages',
  label: 'Make portal image variants',
  inputSchema: [{ name: 'media', type: 'text', required: true }],
  outputSchema: [{ name: 'written', type: 'number' }],
  retries: 2,
  handler: async ({ input, req }) => {
    // Read outside the job's transaction: a transaction's first statement takes SQLite's write
    // lock, which would then be held through the encoding, past other saves' busy timeout.
    const image = await req.payload.findByID({ collection: 'media', id: input.media, depth: 0, overrideAccess: true, disableErrors: true })
    const source = image?.filename ? path.join(uploadDirectory('media'), image.filename) : undefined
    // Gone since, or kept in object storage: the site build makes what it needs itself.
    if (!image || !source || !fs.existsSync(source)) return { output: { written: 0 } }
    const written = await writePortalVariants(source, image, imageCacheDirectory)
    return { output: { written: written.length } }
  },
}
