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
 * the save is through, and on a refusal put it back and remove what was written.
 */

type Held = { folder: string; directory: string; stored: string[]; written: string[] }

const HELD = 'replacedFileHeld'

const heldIn = (context: RequestContext) => context[HELD] as Held | undefined

/** A document's file and its sizes' files, by name. */
const fileNames = (document: object | null | undefined): string[] => {
  const doc = document as { filename?: unknown; sizes?: unknown } | null | undefined
  return [
  ...(typeof doc?.filename === 'string' ? [doc.filename] : []),
  ...Object.values((doc?.sizes ?? {}) as Record<string, { filename?: unknown }>)
    .map((size) => size?.filename)
    .filter((name): name is string => typeof name === 'string' && name !== ''),
  ]
}

/** A hard link where the file system allows one, else a copy. */
async function keepCopy(file: string, copy: string) {
  await fs.link(file, copy).catch(() => fs.copyFile(file, copy))
}

/** Moved back where the file system allows it, else copied. */
async function putBack(copy: string, file: string) {
  await fs.rename(copy, file).catch(() => fs.copyFile(copy, file))
}

/** Before an update with a new file (stored on local disk): a copy of the stored files. */
export const holdReplacedFile: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const upload = collection.upload
  const { id } = args as { id?: string | number }
  if (operation !== 'update' || !req.file || !id || typeof upload !== 'object' || upload.disableLocalStorage || !upload.staticDir) return args
  const doc = await req.payload.findByID({ collection: collection.slug, id, depth: 0, trash: true, disableErrors: true, overrideAccess: true })
  const directory = path.resolve(upload.staticDir)
  const stored = []
  for (const name of fileNames(doc)) {
    if (await fs.stat(path.join(directory, name)).catch(() => null)) stored.push(name)
  }
  if (stored.length === 0) return args
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'replaced-'))
  const held: Held = { folder, directory, stored, written: [] }
  req.context[HELD] = held
  for (const [index, name] of stored.entries()) await keepCopy(path.join(directory, name), path.join(folder, String(index)))
  return args
}

/** Payload has written the new files by now: their names, to remove if the save is refused. */
export const noteWrittenFile: CollectionBeforeChangeHook = ({ context, data }) => {
  const held = heldIn(context)
  if (held) held.written = fileNames(data).filter((name) => !held.stored.includes(name))
  return data
}

/** The save went through: the copy is not needed. */
export const releaseReplacedFile: CollectionAfterChangeHook = async ({ context, doc }) => {
  const held = heldIn(context)
  if (held) {
    delete context[HELD]
    await fs.rm(held.folder, { recursive: true, force: true })
  }
  return doc
}

/** The save was refused: the new files go, the old ones come back. */
export const restoreReplacedFile: CollectionAfterErrorHook = async ({ context }) => {
  const held = heldIn(context)
  if (!held) return
  delete context[HELD]
  for (const name of held.written) await fs.rm(path.join(held.directory, name), { force: true })
  for (const [index, name] of held.stored.entries()) {
    const file = path.join(held.directory, name)
    if (!(await fs.stat(file).catch(() => null))) await putBack(path.join(held.folder, String(index)), file)
  }
  await fs.rm(held.folder, { recursive: true, force: true })
}
