/**
 * Peak memory of a process and everything it started (Astro's workers, the Pagefind binary), by
 * sampling the resident set size of the whole process tree from /proc (Linux). Unlike the maximum
 * RSS that `time -v` reports for one process, the sum shows what the machine must hold at once.
 */
import fs from 'node:fs'

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // `pid (name) state ppid …`: the name may hold spaces and parentheses, so read after the last ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while being read.
    }
  }
  return children
}

/** Bytes resident in memory right now for `root` and each of its descendants, by command name. */
export function processTreeRss(root: number): Map<string, number> {
  const children = childrenByParent()
  const byName = new Map<string, number>()
  const pending = [root]
  while (pending.length) {
    const pid = pending.pop()!
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?'
      const rssKiB = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0)
      byName.set(name, (byName.get(name) ?? 0) + rssKiB * 1024)
    } catch {
      // Ended meanwhile.
    }
    pending.push(...(children.get(pid) ?? []))
  }
  return byName
}

export type PeakMemory = {
  /** The highest sum over the whole tree. */
  bytes: number
  /** The highest sum for each command name (node, pagefind…), each at its own worst moment. */
  byName: Map<string, number>
}

/** Samples the tree under `root` until stopped. */
export function watchPeakMemory(root: number, intervalMs = 200): { stop: () => PeakMemory } {
  const peak: PeakMemory = { bytes: 0, byName: new Map() }
  const timer = setInterval(() => {
    const sample = processTreeRss(root)
    peak.bytes = Math.max(peak.bytes, [...sample.values()].reduce((sum, bytes) => sum + bytes, 0))
    for (const [name, bytes] of sample) peak.byName.set(name, Math.max(peak.byName.get(name) ?? 0, bytes))
  }, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
