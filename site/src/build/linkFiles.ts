import fs from 'node:fs'
import path from 'node:path'

/**
 * Puts `files` (relative paths) of the folder `from` into the folder `to` as hard links, copies
 * across devices. Releases stay independent because nothing writes into a built file once it is
 * built: every later writer makes new files.
 */
export function linkFiles(from: string, to: string, files: Iterable<string>): number {
  const folders = new Set<string>()
  let linked = 0
  for (const file of files) {
    const target = path.join(to, file)
    const folder = path.dirname(target)
    if (!folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    try {
      fs.linkSync(path.join(from, file), target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      fs.copyFileSync(path.join(from, file), target)
    }
    linked++
  }
  return linked
}

/** Every file under `folder`, as paths relative to it. */
export const filesIn = (folder: string): string[] =>
  fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
