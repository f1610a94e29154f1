/**
 * Checks that collect every problem across many pages and fail once with a readable list, rather
 * than at the first page.
 */
export class Problems {
  private readonly found: string[] = []

  add(problem: string): void {
    this.found.push(problem)
  }

  /** Adds `problem` unless `condition` holds. */
  check(condition: unknown, problem: string): void {
    if (!condition) this.add(problem)
  }

  get count(): number {
    return this.found.length
  }

  /** Fails with the first `shown` problems, one per line, and how many there are in all. */
  assertNone(what: string, shown = 60): void {
    if (!this.found.length) return
    const lines = this.found.slice(0, shown).map((problem) => `  - ${problem}`)
    const more = this.found.length > shown ? `\n  … and ${this.found.length - shown} more` : ''
    throw new Error(`${this.found.length} ${what}:\n${lines.join('\n')}${more}`)
  }
}
