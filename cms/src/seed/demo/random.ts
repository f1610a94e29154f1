/**
 * A small seeded pseudo-random generator (mulberry32), so the demo data set comes out identical on
 * every machine and every run; `Math.random` would give each installation different demo content.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  /** True with the given probability. */
  chance: (probability: number) => boolean
  pick: <T>(items: ReadonlyArray<T>) => T
  /** `count` distinct items, in the order they were drawn. */
  pickSome: <T>(items: ReadonlyArray<T>, count: number) => T[]
}

/** A 32-bit seed from a number or a text (FNV-1a), so callers can seed with a readable name. */
function seedOf(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0
  let hash = 0x811c9dc5
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function seededRandom(seed: number | string): Random {
  let state = seedOf(seed)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: ReadonlyArray<T>): T => {
    if (items.length === 0) throw new Error('pick: no items to choose from')
    return items[int(0, items.length - 1)] as T
  }
  const pickSome = <T>(items: ReadonlyArray<T>, count: number): T[] => {
    // A partial Fisher–Yates shuffle of a copy: each item at most once.
    const pool = [...items]
    const chosen: T[] = []
    for (let taken = 0; taken < Math.min(count, pool.length); taken++) {
      const index = int(taken, pool.length - 1)
      ;[pool[taken], pool[index]] = [pool[index] as T, pool[taken] as T]
      chosen.push(pool[taken] as T)
    }
    return chosen
  }
  return { next, int, chance: (probability) => next() < probability, pick, pickSome }
}
