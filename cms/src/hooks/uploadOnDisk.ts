import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

type UploadedFile = NonNullable<PayloadRequest['file']>

/**
 * Runs `work` with the path of an upload that is not stored yet: Payload's temporary file when it
 * kept one, else the bytes it holds in memory written to a temporary file removed afterwards.
 */
export async function withUploadOnDisk<T>(file: UploadedFile, work: (filePath: string) => Promise<T>): Promise<T> {
  if (file.tempFilePath) return work(file.tempFilePath)
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'upload-'))
  try {
    const filePath = path.join(folder, 'upload')
    await fs.writeFile(filePath, file.data)
    return await work(filePath)
  } finally {
    await fs.rm(folder, { recursive: true, force: true })
  }
}

/** The bytes of an upload that is not stored yet, from memory or from Payload's temporary file. */
export const uploadBytes = async (file: UploadedFile): Promise<Buffer> =>
  file.data && file.data.length > 0 ? file.data : await fs.readFile(file.tempFilePath!)
