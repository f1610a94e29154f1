/**
 * Which parts of the snapshot a page reads while it renders, so an incremental build can tell
 * whether a page's output can have changed. The content accessors name each part they hand out
 * (`collection:news`, `global:footer`, `exportedAt`); the build records the names per route.
 * Data a page gets through its `getStaticPaths` props is fingerprinted with the props instead.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const RECORDER = Symbol.for('portal:snapshot-reads')
type WithRecorder = typeof globalThis & { [RECORDER]?: AsyncLocalStorage<Set<string>> }

/** One recorder for every bundle chunk that imports this module. */
const recorder = ((globalThis as WithRecorder)[RECORDER] ??= new AsyncLocalStorage<Set<string>>())

/** Notes that the route being rendered read `part` of the snapshot; nothing happens outside a recorded render. */
export const noteSnapshotRead = (part: string): void => void recorder.getStore()?.add(part)

/** Runs `render` and returns what it read of the snapshot, sorted. */
export async function recordSnapshotReads<T>(render: () => Promise<T>): Promise<{ result: T; reads: string[] }> {
  const reads = new Set<string>()
  const result = await recorder.run(reads, render)
  return { result, reads: [...reads].sort() }
}
