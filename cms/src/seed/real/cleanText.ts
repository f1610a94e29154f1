/**
 * Cleans the text of the seed documents, which was extracted from PDFs (and, for the competency
 * unit, exported as a tab-separated table holding HTML fragments), into headings and paragraphs.
 *
 * PDF extraction leaves a line break at the end of every printed line, blank lines between them,
 * spaces around numbers and between Chinese characters, page numbers and repeated table headers.
 * A printed line is only a paragraph's end when the text says so: a sentence-ending mark, a short
 * last line, or a section marker (壹、一、（一）1. (1) …) opening the next line.
 *
 * Everything here is pure (text in, blocks out) so it can be tested on the real documents.
 */
import type { Block } from '../lexical'

const IDEOGRAPHS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
/** CJK symbols and punctuation (、。「」…) and full-width forms (（），：；…). */
const WIDE_PUNCTUATION = '\\u3000-\\u303f\\uff00-\\uffef'
const WIDE = `[${IDEOGRAPHS}${WIDE_PUNCTUATION}]`

const spaceBetweenWide = new RegExp(`(${WIDE}) +(?=${WIDE}|[0-9()])`, 'g')
const spaceAfterDigitBeforeWide = new RegExp(`([0-9()]) +(?=${WIDE})`, 'g')
const spaceAfterWidePunctuation = new RegExp(`([${WIDE_PUNCTUATION}]) +`, 'g')
const spaceBeforeWidePunctuation = new RegExp(` +(?=[${WIDE_PUNCTUATION}])`, 'g')
const loneIdeograph = new RegExp(`^[${IDEOGRAPHS}]$`)
/** A Wingdings bullet that PDF extraction turns into a lowercase "u" before the item's text. */
const wingdingsBullet = new RegExp(`^u(?=[${IDEOGRAPHS}])`)

/**
 * PDFs often encode common characters as CJK compatibility ideographs (U+F900–FAFF, e.g. 參 as
 * U+F96B) or Kangxi radicals (⽇ for 日): they look the same but match nothing in a search.
 * NFC maps the compatibility ideographs to the unified ones without touching full-width
 * punctuation (which NFKC would turn into ASCII); the radicals need NFKC one by one.
 */
export function normaliseCharacters(text: string): string {
  return text.normalize('NFC').replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (radical) => radical.normalize('NFKC'))
}

/**
 * Removes the spaces that PDF extraction puts inside Chinese text: between two Chinese characters
 * or punctuation marks, between Chinese and a number (「107 年」 → 「107年」) and around full-width
 * punctuation. Spaces between Latin words, and one space between Chinese and a Latin word, stay.
 */
export function normaliseSpacing(text: string): string {
  return text
    .replace(/[\u00a0\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(spaceBetweenWide, '$1')
    .replace(spaceAfterDigitBeforeWide, '$1')
    .replace(spaceAfterWidePunctuation, '$1')
    .replace(spaceBeforeWidePunctuation, '')
    .trim()
}

type Marker = { pattern: RegExp; heading?: 2 | 3 | 4 }

const numberedItem = /^\d{1,2}[.、．](?!\d)/

/** Section and list markers, in the order of Taiwanese official documents: 壹、 > 一、 > （一） > 1. > (1). */
const markers: Marker[] = [
  { pattern: /^(?:[壹貳參肆伍陸柒捌玖拾]{1,3}[、．.]|附錄[一二三四五六七八九十]+)/, heading: 2 },
  { pattern: /^(?:[一二三四五六七八九十]{1,3}[、．]|目標[一二三四五六七八九十]+[：:])/, heading: 3 },
  { pattern: /^[（(][一二三四五六七八九十]{1,3}[）)]/, heading: 4 },
  { pattern: numberedItem },
  { pattern: /^[（(]\d{1,2}[）)]/ },
  { pattern: /^[A-Z][.．](?=\S)/ },
  { pattern: /^(?:i{1,3}|iv|vi{0,3}|ix|x)[.．](?=\S)/ },
  { pattern: /^【註\s*\d+】/ },
  { pattern: /^圖\s*\d+(?:[、．.]|\s+(?!所示))/ }, // a figure's caption, not 「圖 1 所示」
  { pattern: /^[•●■◆▪※]/ },
  // A row of a timeline table: 「3 月 完成…」, 「106 年 11 月下旬 完成…」, or the month alone.
  { pattern: /^(?:\d{2,3} ?年 ?)?\d{1,2} ?月(?:[上中下]旬)?(?= [^\d\s日]| ?$)/ },
]

const markerOf = (line: string) => markers.find(({ pattern }) => pattern.test(line))

/** Whether a line opens a section or a list item (壹、 一、 （一） 1. (1) A. i. 【註1】 圖1 •). */
const startsWithMarker = (line: string) => markerOf(line) !== undefined

const MAX_HEADING_LENGTH = 40

/**
 * A block is a heading when it opens with a section marker (壹、 一、 （一）) and is a title rather
 * than a sentence: short, without sentence punctuation, and with no text after a colon.
 */
export function toBlock(text: string): Block {
  const marker = markerOf(text)
  if (!marker?.heading) return { text }
  const title = text.replace(/[：:]$/, '')
  const isTitle = [...title].length <= MAX_HEADING_LENGTH && isTitleLine(title)
  return isTitle ? { heading: marker.heading, text: title } : { text }
}

/**
 * A section title: opens with a heading marker (壹、 一、 （一）) or a numbered item's (1、) and has
 * no sentence punctuation after it. Quoted names 「…，…」 may be part of a title, and so may an
 * enumeration comma 、 in a section's title (「伍、推動政策、推動策略與執行方案」) but not in an item's.
 */
function isTitleLine(line: string): boolean {
  const marker = markerOf(line)
  if (!marker || (!marker.heading && !numberedItem.test(line))) return false
  const unquoted = line.replace(marker.pattern, '').replace(/「[^」]*」/g, '').replace(/[：:]$/, '')
  return !(marker.heading ? /[。；，,：:]/ : /[。；，,：:、]/).test(unquoted)
}

/** Width as printed: a Chinese character or full-width mark takes two columns. */
const displayWidth = (line: string) => [...line].reduce((width, char) => width + (/[\u1100-\uffff]/.test(char) ? 2 : 1), 0)

/** A printed line this much narrower than a full one was ended on purpose. */
const FULL_LINE_RATIO = 0.8
/** A title line narrower than this is complete; wider, it may wrap on to the next line. */
const FULL_TITLE_RATIO = 0.95

/** The width of a full printed line: most lines of running text are full. */
function fullLineWidth(lines: string[]): number {
  const widths = lines.map(displayWidth).sort((a, b) => a - b)
  return widths[Math.floor(0.9 * (widths.length - 1))] ?? 0
}

const endsSentence = (line: string) => /[。：；！？:;!?][」』）)]*$/.test(line)
const endsMidSentence = (line: string) => /[，、（「『(／/-]$/.test(line)
const opensWithClosingPunctuation = (line: string) => /^[」』）)，。、；：！？]/.test(line)
/** A line wholly in brackets, such as 「（行政院 106 年 3 月 2 日…函訂定）」, stands on its own. */
const isAnnotation = (line: string) => /^[（(][^（()）]*[）)]$/.test(line)
const columnGap = new RegExp(`${WIDE} +${WIDE}`)
const hasColumnGap = (line: string) => columnGap.test(line)

/** Whether `line` carries on the paragraph that `previous` belongs to. */
function continuesParagraph(previous: string, line: string, fullWidth: number): boolean {
  if (startsWithMarker(line)) return false
  if (opensWithClosingPunctuation(line)) return true
  if (endsSentence(previous) || isAnnotation(previous)) return false
  if (endsMidSentence(previous)) return true
  // A character on its own line is vertical text in a figure or a word's wrapped last character.
  if (loneIdeograph.test(line)) return true
  // A title ends its line unless it fills the line and stops mid-word.
  if (isTitleLine(previous) && (displayWidth(previous) < FULL_TITLE_RATIO * fullWidth || /[」』）)]$/.test(previous))) return false
  return displayWidth(previous) >= FULL_LINE_RATIO * fullWidth
}

const isPageNumber = (line: string) => /^(?:\d{1,3}|-\s*\d{1,3}\s*-|第\s*\d{1,3}\s*頁)$/.test(line)
const isDateStamp = (line: string) => /^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/.test(line)

/**
 * Table headers that a PDF repeats at the top of each page: a line laid out in columns (Chinese
 * words separated by spaces) seen before, and the repeated caption lines just above it.
 */
function withoutRepeatedTableHeaders(lines: string[]): string[] {
  const seen = new Set<string>()
  const repeated = lines.map((line) => {
    const again = seen.has(line)
    seen.add(line)
    return again
  })
  const drop = lines.map((line, index) => repeated[index] && hasColumnGap(line))
  for (let index = lines.length - 1; index > 0; index--) {
    const caption = index - 1
    if (drop[index] && repeated[caption] && !endsSentence(lines[caption]!)) drop[caption] = true
  }
  return lines.filter((_, index) => !drop[index])
}

/** The printed lines that carry text: trimmed, without page numbers and date stamps. */
function contentLines(raw: string): string[] {
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.replace(/[\u00a0\u3000\f]/g, ' ').trim())
    .filter((line) => line && !isPageNumber(line) && !isDateStamp(line))
    .map((line) => line.replace(wingdingsBullet, '• '))
  return withoutRepeatedTableHeaders(lines)
}

/** Blocks of a document extracted from a PDF: lines joined into paragraphs, headings recognised. */
function blocksFromPdfText(raw: string): Block[] {
  const lines = contentLines(raw)
  const fullWidth = fullLineWidth(lines)
  const paragraphs: string[][] = []
  lines.forEach((line, index) => {
    const previous = lines[index - 1]
    const current = paragraphs.at(-1)
    if (current && previous !== undefined && continuesParagraph(previous, line, fullWidth)) current.push(line)
    else paragraphs.push([line])
  })
  return paragraphs.map((paragraphLines) => toBlock(normaliseSpacing(joinLines(paragraphLines)))).filter(({ text }) => text)
}

const LATIN_END = /[A-Za-z0-9,.;:!?)%]$/
const LATIN_START = /^[A-Za-z0-9(]/
const LATIN_LETTER_END = /[A-Za-z]$/
const LATIN_LETTER_START = /^[A-Za-z]/
const IDEOGRAPH_END = new RegExp(`[${IDEOGRAPHS}]$`)
const IDEOGRAPH_START = new RegExp(`^[${IDEOGRAPHS}]`)

/**
 * Joins the printed lines of a paragraph. A line break stood for a space only between Latin
 * words (「Artificial / Intelligence」) and, as elsewhere, between a Latin word and Chinese.
 */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => {
    const latinPair = LATIN_END.test(text) && LATIN_START.test(line)
    const mixedPair = (LATIN_LETTER_END.test(text) && IDEOGRAPH_START.test(line)) || (IDEOGRAPH_END.test(text) && LATIN_LETTER_START.test(line))
    return `${text}${latinPair || mixedPair ? ' ' : ''}${line}`
  })
}

/** The named entities an exported table uses; numeric ones are decoded by their code point. */
const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return entities[name.toLowerCase()] ?? entity
  })
}

/**
 * Blocks of an HTML fragment (`<p>`, `<ol>`/`<ul>`, `<li>`, inline tags): each paragraph and each
 * list item becomes a paragraph; an item without its own number gets its position in the list.
 */
function blocksFromHtmlFragment(html: string): Block[] {
  const blocks: Block[] = []
  const lists: { ordered: boolean; count: number }[] = []
  let text = ''
  let inListItem = false
  let itemPrefix = ''

  const flush = () => {
    const cleaned = normaliseSpacing(decodeEntities(text))
    text = ''
    if (!cleaned) return
    if (!inListItem) blocks.push(toBlock(cleaned))
    else blocks.push({ text: startsWithMarker(cleaned) ? cleaned : `${itemPrefix}${cleaned}` })
    itemPrefix = ''
  }

  for (const token of html.split(/(<[^>]*>)/)) {
    const tag = /^<\s*(\/?)\s*([a-z][a-z0-9]*)/i.exec(token)
    if (!tag) {
      text += token
      continue
    }
    const closing = tag[1] === '/'
    switch (tag[2]!.toLowerCase()) {
      case 'ol':
      case 'ul':
        flush()
        if (closing) lists.pop()
        else lists.push({ ordered: tag[2]!.toLowerCase() === 'ol', count: 0 })
        break
      case 'li': {
        flush()
        const list = lists.at(-1)
        inListItem = !closing && list !== undefined
        if (!closing && list) itemPrefix = list.ordered ? `${++list.count}. ` : '• '
        break
      }
      case 'p':
      case 'br':
      case 'div':
        flush()
        break
      default:
      // Inline tags (<u>, <b>, <span>…) only style their text.
    }
  }
  flush()
  return blocks
}

const hasMarkup = (text: string) => /<\/?[a-z][^>]*>/i.test(text)
/** A short line without sentence punctuation names a section of the table (e.g. 「更新紀錄」). */
const looksLikeLabel = (text: string) => [...text].length <= 12 && !/[。，；：,.;:]/.test(text)

type TableRow = { label?: string; value: string }

/** Rows of `label<TAB>value`; a line starting with a tab carries on the row above it. */
function tableRows(raw: string): TableRow[] {
  const rows: TableRow[] = []
  for (const line of raw.split(/\r?\n/)) {
    if (!line.trim()) continue
    const tab = line.indexOf('\t')
    const label = tab === -1 ? undefined : line.slice(0, tab).trim()
    const value = tab === -1 ? line : line.slice(tab + 1)
    const previous = rows.at(-1)
    if (label === '' && previous) previous.value += ` ${value}`
    else rows.push({ label, value })
  }
  return rows
}

/**
 * Blocks of a table exported as `label<TAB>value` lines whose values hold HTML (the competency
 * unit of iCAP): a short field becomes 「label：value」, a long one a heading and its paragraphs.
 */
function blocksFromHtmlTable(raw: string): Block[] {
  return tableRows(raw).flatMap(({ label, value }): Block[] => {
    const text = normaliseSpacing(decodeEntities(value))
    if (label && !hasMarkup(value)) return [{ text: `${normaliseSpacing(label)}：${text}` }]
    if (label) return [{ heading: 2, text: normaliseSpacing(label) }, ...blocksFromHtmlFragment(value)]
    if (hasMarkup(value)) return blocksFromHtmlFragment(value)
    return [looksLikeLabel(text) ? { heading: 2, text } : toBlock(text)]
  })
}

/** Tab-separated rows carrying HTML fragments, as opposed to text extracted from a PDF. */
const isHtmlTable = (raw: string) => raw.includes('\t') && /<(p|ol|ul|li)\b/i.test(raw)

/**
 * Cleans a seed document's extracted text into rich-text blocks: paragraphs joined across printed
 * lines, spaces inside Chinese text removed, page numbers and repeated table headers dropped,
 * section markers (壹、一、（一）) as headings, and HTML fragments turned into plain paragraphs.
 */
export function cleanExtractedText(raw: string): Block[] {
  const text = normaliseCharacters(raw)
  return isHtmlTable(text) ? blocksFromHtmlTable(text) : blocksFromPdfText(text)
}
