import fs from 'node:fs/promises'

import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { cleanOriginalImage } from 'media'

import { label } from '../labels'
import { localise, messages } from '../messages'
import { uploadBytes } from './uploadOnDisk'

/**
 * Stores an uploaded image without its EXIF, XMP and IPTC metadata (GPS position, camera serial
 * numbers) and turned upright, so the original the CMS and the portal serve gives away no location
 * and looks as the photographer saw it. Runs after the content check, before Payload reads the
 * image's size, so the size recorded is the upright one.
 */
export const stripImageMetadata: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  let cleaned: Awaited<ReturnType<typeof cleanOriginalImage>>
  try {
    cleaned = await cleanOriginalImage(await uploadBytes(file))
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: `Unreadable image upload ${file.name}` })
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'file', label: label('檔案', 'File'), message: localise(req, messages.imageCorrupt) }], req },
      req.t,
    )
  }
  if (!cleaned.changed) return args
  if (file.tempFilePath) await fs.writeFile(file.tempFilePath, cleaned.data)
  if (file.data && file.data.length > 0) file.data = cleaned.data
  file.size = cleaned.data.length
  return args
}
