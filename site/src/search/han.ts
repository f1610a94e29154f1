/**
 * Chinese search works on single Han characters, at index time and at query time alike.
 *
 * Pagefind splits Chinese into words twice, with two different segmenters: ICU4X when it indexes
 * (Pagefind 1.6 extended) and the browser's `Intl.Segmenter` on the query (ICU4C in Chromium and
 * Safari, ICU4X in Firefox). They disagree on terms of this field and on words in context: the
 * index held 本案|以南|投|縣 for 「本案以南投縣為主題」, so the query 南投縣 found nothing, and
 * 跨校合作, 新北市, 大專校院 failed as phrases. Splitting every Han character off before either
 * segmenter sees the text gives both sides the same words whatever the browser: the indexed pages
 * and the query are split here, and a phrase search over the characters then matches exactly the
 * pages containing the term (checked on the seed documents and demo content: 100 terms, no page
 * missed, none extra).
 */

/** Between a Han character and a following Han character, letter or digit, and the reverse. */
const HAN_BOUNDARY = /(?<=\p{Script=Han})(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?=\p{Script=Han})/gu

/** `種子教師2026` → `種 子 教 師 2026` (with the separator given). */
export function splitHan(text: string, separator: string): string {
  return text.replace(HAN_BOUNDARY, separator)
}

export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text)

/**
 * The separator written between characters in indexed pages. On Chinese pages Pagefind keeps a
 * zero-width space between words anyway, so excerpts read as before. English pages are split on
 * spaces only (a zero-width space there is dropped and the run stays one word), so their Chinese
 * fallback text gets plain spaces, which `joinHan` takes out again for display.
 */
export const indexSeparator = (htmlLang: string): string => (/^zh\b/i.test(htmlLang) ? '\u200B' : ' ')

/**
 * Text from the index as people should read it: without the separators `splitHan` put between
 * Han characters. Takes pieces (an excerpt's plain and highlighted parts) and keeps them apart,
 * since a separator may sit at the edge of a highlight.
 */
export function joinHan(pieces: readonly string[]): string[] {
  const characters = pieces.map((piece) => Array.from(piece.replace(/\u200B/g, '')))
  const flat = characters.flatMap((chars, piece) => chars.map((char) => ({ char, piece })))
  const isHan = (char: string | undefined) => char !== undefined && /\p{Script=Han}/u.test(char)
  const kept = flat.filter(({ char }, index) => {
    if (char !== ' ') return true
    let before = index - 1
    while (before >= 0 && flat[before]!.char === ' ') before--
    let after = index + 1
    while (after < flat.length && flat[after]!.char === ' ') after++
    return !(isHan(flat[before]?.char) && isHan(flat[after]?.char))
  })
  return pieces.map((_, piece) =>
    kept
      .filter((entry) => entry.piece === piece)
      .map((entry) => entry.char)
      .join(''),
  )
}
