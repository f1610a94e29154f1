import fs from 'node:fs/promises'
import path from 'node:path'

import type { Block } from '../lexical'
import { cleanExtractedText } from './cleanText'

/** 107 年大專校院職涯輔導推動計畫: the programme text, source of the project zones and the about page. */
export const programmeFile = '000_2dfda6a7d72b967e.txt'

/** A seed document's text, cleaned of PDF-extraction artefacts into rich-text blocks. */
export async function readSeedDocument(seedsDirectory: string, fileName: string): Promise<Block[]> {
  return cleanExtractedText(await fs.readFile(path.join(seedsDirectory, fileName), 'utf8'))
}

/**
 * The blocks from the one that opens with `from` up to, not including, the one that opens with
 * `to`. Fails loudly when the document does not hold them: the seed files never change, so a
 * miss means the cleaning changed.
 */
export function excerpt(blocks: readonly Block[], from: string, to: string): Block[] {
  const start = blocks.findIndex(({ text }) => text.startsWith(from))
  const end = blocks.findIndex(({ text }, index) => index > start && text.startsWith(to))
  if (start === -1 || end === -1) throw new Error(`種子文件中找不到「${start === -1 ? from : to}」段落`)
  return blocks.slice(start, end)
}

/** Raises the headings of an excerpt so that its first heading level becomes `level`. */
export function promoteHeadings(blocks: readonly Block[], level: 2 | 3 | 4 = 2): Block[] {
  const levels = blocks.flatMap((block) => ('heading' in block ? [block.heading] : []))
  const shift = levels.length ? Math.min(...levels) - level : 0
  return blocks.map((block) =>
    'heading' in block ? { heading: Math.max(level, block.heading - shift) as 2 | 3 | 4, text: block.text } : block,
  )
}
