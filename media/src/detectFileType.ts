import fs from 'node:fs/promises'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

const WEBVTT_SIGNATURE = /^(?:\uFEFF)?WEBVTT(?:$|[ \t\r\n])/

/** WebVTT is text, so it has no magic bytes: its first line must start with "WEBVTT". */
function isWebVTT(head: Uint8Array): boolean {
  return WEBVTT_SIGNATURE.test(Buffer.from(head.subarray(0, 16)).toString('utf8'))
}

async function readHead(file: string, length: number): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * The MIME type of a file judged by its content (magic bytes, and the entries of a ZIP for office
 * documents), never by its name or by the type a browser claims. `undefined` when unrecognised.
 * Accepts the file's bytes or the path of a file on disk.
 */
export async function detectFileType(file: Uint8Array | string): Promise<string | undefined> {
  const detected = typeof file === 'string' ? await fileTypeFromFile(file) : await fileTypeFromBuffer(file)
  if (detected) return detected.mime
  const head = typeof file === 'string' ? await readHead(file, 16) : file
  return isWebVTT(head) ? 'text/vtt' : undefined
}

/** Human names of the accepted types, for error messages. */
export const fileTypeNames: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (.pptx)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'video/mp4': 'MP4',
  'video/webm': 'WebM',
  'text/vtt': 'WebVTT',
}
