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

/**
 * Largest image accepted, in pixels (50 megapixels: a 8660×5773 photo). A small file can declare
 * a huge image (a decompression bomb); sharp refuses it before decoding.
 */
export const pixelLimit = 50_000_000

/** The size limit of a collection accepting `mimeTypes`: that of the largest kind among them. */
export function sizeLimitFor(mimeTypes: readonly string[]): number {
  const limitOf = (type: string) =>
    (videoTypes as readonly string[]).includes(type) || (captionTypes as readonly string[]).includes(type)
      ? sizeLimits.video
      : (documentTypes as readonly string[]).includes(type)
        ? sizeLimits.document
        : sizeLimits.image
  return Math.max(0, ...mimeTypes.map(limitOf))
}
