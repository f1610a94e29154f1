import { joinHan } from './han'

/** A stretch of an excerpt: plain text, or the words that matched the query. */
export type ExcerptPart = { text: string; highlighted: boolean }

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" }

/**
 * Pagefind's excerpt as text parts, never as HTML: it marks matches with `<mark>` and escapes
 * `<` and `>` of the page text, so everything but the marks is text and is rendered as such.
 * Highlights of neighbouring characters (a Chinese term matches character by character) become
 * one highlight.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const raw: ExcerptPart[] = []
  let highlighted = false
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>') highlighted = true
    else if (token === '</mark>') highlighted = false
    else raw.push({ text: token.replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]!), highlighted })
  }
  const texts = joinHan(raw.map((part) => part.text))
  const parts: ExcerptPart[] = []
  raw.forEach((part, index) => {
    const text = texts[index]!
    if (!text) return
    const last = parts.at(-1)
    if (last && last.highlighted === part.highlighted) last.text += text
    else parts.push({ text, highlighted: part.highlighted })
  })
  return parts
}

/** Plain text from the index (a title) as people read it. */
export const readableText = (text: string): string => joinHan([text])[0]!.trim()
