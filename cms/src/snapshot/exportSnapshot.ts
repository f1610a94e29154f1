import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { uploadDirectory } from '../environment'
import { defaultLocale, locales } from '../locales'
import {
  type Locale,
  type LocaleContent,
  publicCollections,
  publicGlobals,
  type Snapshot,
  snapshotFiles,
  type UploadCollection,
} from './types'

const uploadCollections: readonly UploadCollection[] = ['media', 'documents', 'video-files']

/** Reads one language exactly as the public would: access rules applied, published documents only. */
async function readLocale(payload: Payload, locale: Locale): Promise<LocaleContent> {
  // English is read without fallback so the portal knows which fields are untranslated.
  const fallbackLocale = locale === defaultLocale ? undefined : false
  const common = { locale, fallbackLocale, depth: 1, overrideAccess: false, draft: false } as const
  const collections = {} as Record<string, unknown[]>
  for (const collection of publicCollections) {
    // E-books one level deeper: one without a cover of its own shows its PDF's (`documents.cover`).
    const depth = collection === 'ebooks' ? 2 : common.depth
    const { docs } = await payload.find({ collection, ...common, depth, pagination: false, limit: 0 })
    collections[collection] = docs
  }
  const globals = {} as Record<string, unknown>
  for (const slug of publicGlobals) {
    globals[slug] = await payload.findGlobal({ slug, ...common })
  }
  return { collections, globals } as LocaleContent
}

type UploadReference = { collection: UploadCollection; filename: string; url: string }

/** Every upload the published content refers to, found by walking the populated documents. */
function referencedUploads(content: LocaleContent): UploadReference[] {
  const found = new Map<string, UploadReference>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (!value || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if (typeof record.filename === 'string' && typeof record.url === 'string' && typeof record.mimeType === 'string') {
      // Upload URLs are absolute when the CMS has a server URL: match on the path.
      const { pathname } = new URL(record.url, 'http://cms')
      const collection = uploadCollections.find((slug) => pathname.startsWith(`/api/${slug}/`))
      if (collection) found.set(`${collection}/${record.filename}`, { collection, filename: record.filename, url: record.url })
      // The portal makes its own image derivatives from the original; Payload's sizes are not needed.
      const { sizes: _sizes, ...rest } = record
      return Object.values(rest).forEach(visit)
    }
    Object.values(record).forEach(visit)
  }
  visit(content)
  return [...found.values()]
}

/** A hard link when source and snapshot share a file system (no copy of large videos), a copy otherwise. */
async function linkOrCopy(source: string, target: string): Promise<void> {
  await fs.rm(target, { force: true })
  try {
    await fs.link(source, target)
  } catch {
    await fs.copyFile(source, target)
  }
}

async function saveUpload(reference: UploadReference, folder: string, serverURL: string): Promise<void> {
  const target = path.join(folder, snapshotFiles.uploads, reference.collection, reference.filename)
  await fs.mkdir(path.dirname(target), { recursive: true })
  const onDisk = path.join(uploadDirectory(reference.collection), reference.filename)
  try {
    await linkOrCopy(onDisk, target)
    return
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  // Stored elsewhere (S3-compatible storage): fetch it from its public address.
  const response = await fetch(new URL(reference.url, serverURL))
  if (!response.ok) throw new Error(`Cannot fetch ${reference.url}: HTTP ${response.status}`)
  await fs.writeFile(target, Buffer.from(await response.arrayBuffer()))
}

/**
 * Writes the published content of both languages and the files it refers to into `folder`,
 * replacing what was there. The site build reads only this folder, never the CMS.
 */
export async function exportSnapshot(
  payload: Payload,
  folder: string,
  onProgress: (message: string) => void = () => {},
): Promise<{ documents: number; files: number }> {
  const content = {} as Snapshot['content']
  for (const { code } of locales) {
    onProgress(`reading ${code}`)
    content[code] = await readLocale(payload, code)
  }
  const snapshot: Snapshot = { exportedAt: new Date().toISOString(), defaultLocale, content }

  await fs.rm(path.join(folder, snapshotFiles.uploads), { recursive: true, force: true })
  await fs.mkdir(folder, { recursive: true })
  const uploads = referencedUploads(content[defaultLocale])
  let copied = 0
  for (const reference of uploads) {
    await saveUpload(reference, folder, payload.config.serverURL)
    if (++copied % 20 === 0 || copied === uploads.length) onProgress(`files ${copied}/${uploads.length}`)
  }
  // Written last and renamed into place, so a reader never sees half a snapshot.
  const contentFile = path.join(folder, snapshotFiles.content)
  await fs.writeFile(`${contentFile}.tmp`, JSON.stringify(snapshot))
  await fs.rename(`${contentFile}.tmp`, contentFile)

  const documents = Object.values(content[defaultLocale].collections).reduce((sum, docs) => sum + docs.length, 0)
  return { documents, files: uploads.length }
}
