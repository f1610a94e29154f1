/**
 * The file types each kind of upload accepts, by MIME type as detected from the file's content.
 * SVG is deliberately absent: it can carry scripts.
 */
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const

export const documentTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
] as const

export const videoTypes = ['video/mp4', 'video/webm'] as const

export const captionTypes = ['text/vtt'] as const

/** Upload size limits in bytes, per kind of file. */
export const sizeLimits = {
  image: 20 * 1024 * 1024,
  document: 100 * 1024 * 1024,
  video: 1024 * 1024 * 1024,
} as const
