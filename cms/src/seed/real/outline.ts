import type { Block } from '../lexical'

/**
 * Blocks from a text outline, so long page texts read naturally in the source: a line starting
 * with `## ` or `### ` is a heading (level 2 or 3), every other non-empty line a paragraph.
 */
export function outline(text: string): Block[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line): Block => {
      const heading = /^(#{2,3}) (.+)$/.exec(line)
      return heading ? { heading: heading[1]!.length as 2 | 3, text: heading[2]! } : { text: line }
    })
}
