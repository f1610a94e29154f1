import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type {
  CollectionAfterChangeHook,
  CollectionAfterErrorHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  RequestContext,
} from 'payload'

/**
 * Payload deletes the stored file of an upload that gets a new one, and writes the new one, before
 * it validates the rest of the save; a save refused then (an emptied title, say) would lose the old
 * file and leave the new one behind. These hooks keep a copy of the old file (and its sizes) until
 * the save is through, and on a refusal remove what was written and put the old files back.
 */

type Held = { folder: string; directory: string; stored: string[]; written: string[] }

/** Kept per collection: a save may save documents of another upload collection with the same request. */
const heldKey = (collection: string) => `replacedFileHeld:${collection}`

const heldIn = (context: RequestContext, collection: string) => context[heldKey(collection)] as Held | undefined

/** A document's file and its sizes' files, by name. */
function fileNames(document: object | null | undefined): string[] {
  const doc = document as { filename?: unknown; sizes?: Record<string, { filename?: unknown } | null> } | null | undefined
  const names = [doc?.filename, ...Object.values(doc?.sizes ?? {}).map((size) => size?.filename)]
  return names.filter((name): name is string => typeof name === 'string' && name !== '')
}

const exists = async (file: string) => Boolean(await fs.stat(file).catch(() => null))

/** Before an update with a new file (stored on local disk): a copy of the stored files, hard-linked where the file system allows. */
export const holdReplacedFile: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const upload = collection.upload
  const { id } = args as { id?: string | number }
  if (operation !== 'update' || !req.file || !id || typeof upload !== 'object' || upload.disableLocalStorage || !upload.staticDir) return args
  const doc = await req.payload.findByID({ collection: collection.slug, id, depth: 0, trash: true, disableErrors: true, overrideAccess: true })
  const directory = path.resolve(upload.staticDir)
  const stored: string[] = []
  for (const name of fileNames(doc)) if (await exists(path.join(directory, name))) stored.push(name)
  if (stored.length === 0) return args
  const held: Held = { folder: await fs.mkdtemp(path.join(os.tmpdir(), 'replaced-')), directory, stored, written: [] }
  req.context[heldKey(collection.slug)] = held
  for (const [index, name] of stored.entries()) {
    const [file, copy] = [path.join(directory, name), path.join(held.folder, String(index))]
    await fs.link(file, copy).catch(() => fs.copyFile(file, copy))
  }
  return args
}

/** Payload has written the new files by now: their names, to remove if the save is refused. */
export const noteWrittenFile: CollectionBeforeChangeHook = ({ collection, context, data }) => {
  const held = heldIn(context, collection.slug)
  if (held) held.written = fileNames(data)
  return data
}

/** The save went through: the copy is not needed. */
export const releaseReplacedFile: CollectionAfterChangeHook = async ({ collection, context, doc }) => {
  const held = heldIn(context, collection.slug)
  if (held) {
    delete context[heldKey(collection.slug)]
    await fs.rm(held.folder, { recursive: true, force: true })
  }
  return doc
}

/** The save was refused: the new files go, the old ones come back (moved where the file system allows). */
export const restoreReplacedFile: CollectionAfterErrorHook = async ({ collection, context }) => {
  const held = heldIn(context, collection.slug)
  if (!held) return
  delete context[heldKey(collection.slug)]
  for (const name of held.written) await fs.rm(path.join(held.directory, name), { force: true })
  for (const [index, name] of held.stored.entries()) {
    const [copy, file] = [path.join(held.folder, String(index)), path.join(held.directory, name)]
    await fs.rename(copy, file).catch(() => fs.copyFile(copy, file))
  }
  await fs.rm(held.folder, { recursive: true, force: true })
}
