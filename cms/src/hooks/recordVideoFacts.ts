import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { readVideoFacts } from 'media'

import { idOf } from '../access/roles'
import { keepingRequest } from './keepingRequest'
import { withUploadOnDisk } from './uploadOnDisk'

/** How long ffprobe may take over a video before the upload goes on without its facts. */
const FFPROBE_TIMEOUT_MS = 30_000

/**
 * With each new file: a video's duration and picture size, read with ffprobe. A caption track has
 * none. When ffprobe cannot read the file or takes too long, the upload is kept without them and
 * the reason logged.
 */
export const recordVideoFacts: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const facts = { durationSeconds: null as number | null, width: null as number | null, height: null as number | null }
  if (file.mimetype.startsWith('video/')) {
    try {
      Object.assign(facts, await withUploadOnDisk(file, (video) => readVideoFacts(video, { timeoutMs: FFPROBE_TIMEOUT_MS })))
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `No duration or size for the video ${file.name}` })
    }
  }
  return { ...data, ...facts }
}

/** A video that plays an uploaded file lasts as long as the file; one with an outside address keeps what the editor entered. */
export const durationFromVideoFile: FieldHook = async ({ value, siblingData, originalDoc, req }) => {
  const videoFile = idOf(siblingData?.videoFile !== undefined ? siblingData.videoFile : originalDoc?.videoFile)
  if (!videoFile) return value
  const file = await keepingRequest(req, () =>
    req.payload.findByID({ collection: 'video-files', id: String(videoFile), depth: 0, req, overrideAccess: true, disableErrors: true }),
  )
  return file?.durationSeconds ?? value
}
