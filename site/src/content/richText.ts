/**
 * Payload's Lexical rich text as HTML, for the node types the admin's default editor produces.
 * Unknown nodes keep their children's text, so new editor features degrade to plain text rather
 * than vanish.
 */
type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  checked?: boolean
  url?: string
  fields?: { url?: string; newTab?: boolean; linkType?: string; doc?: unknown }
  value?: { url?: string; alt?: string; width?: number; height?: number; mimeType?: string } | string
}

export type RichTextValue = { root: LexicalNode } | null | undefined

const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHTML = (text: string) => text.replace(/[&<>"']/g, (character) => escapeMap[character]!)

// Lexical's text format bit flags.
const textFormats: Array<[number, string]> = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

function renderText(node: LexicalNode): string {
  let html = escapeHTML(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [flag, tag] of textFormats) if (format & flag) html = `<${tag}>${html}</${tag}>`
  return html
}

const safeHref = (url: string | undefined) => (url && /^(https?:|mailto:|tel:|\/|#)/i.test(url) ? url : undefined)

/** Plain text of a node and its descendants. */
const textOf = (node: LexicalNode): string => (node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(textOf).join(''))

/** Headings start at h2: the page's title is its only h1. */
const headingTag = (node: LexicalNode) => (/^h[2-6]$/.test(node.tag ?? '') ? node.tag! : 'h2')

/** The id of the n-th heading (from 1) when headings carry ids: `section-1`, `section-2`… */
const headingId = (position: number) => `section-${position}`

type RenderOptions = {
  /** Give every heading an id, for a table of contents (see `richTextHeadings`). */
  headingIds?: boolean
}

function renderNode(node: LexicalNode, options: RenderOptions, counter: { headings: number }): string {
  const inner = () => (node.children ?? []).map((child) => renderNode(child, options, counter)).join('')
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph':
      return `<p>${inner()}</p>`
    case 'heading': {
      const tag = headingTag(node)
      const id = options.headingIds ? ` id="${headingId(++counter.headings)}"` : ''
      return `<${tag}${id}>${inner()}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'horizontalrule':
      return '<hr>'
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      if (!href) return inner()
      const external = /^https?:/i.test(href)
      return `<a href="${escapeHTML(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${inner()}</a>`
    }
    case 'upload': {
      const media = typeof node.value === 'object' ? node.value : undefined
      if (!media?.url || !media.mimeType?.startsWith('image/')) return ''
      const size = media.width && media.height ? ` width="${media.width}" height="${media.height}"` : ''
      return `<img src="${escapeHTML(media.url)}" alt="${escapeHTML(media.alt ?? '')}"${size} loading="lazy" decoding="async">`
    }
    default:
      return inner()
  }
}

export function richTextToHTML(value: RichTextValue, options: RenderOptions = {}): string {
  return value?.root ? renderNode(value.root, options, { headings: 0 }) : ''
}

export type RichTextHeading = { id: string; level: number; text: string }

/**
 * The headings of rich text in document order, with the ids `richTextToHTML(value, { headingIds: true })`
 * gives them: the entries of a table of contents.
 */
export function richTextHeadings(value: RichTextValue): RichTextHeading[] {
  const headings: RichTextHeading[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'heading') {
      headings.push({ id: headingId(headings.length + 1), level: Number(headingTag(node).slice(1)), text: textOf(node).trim() })
    }
    node.children?.forEach(visit)
  }
  if (value?.root) visit(value.root)
  return headings
}

/** The plain text of rich text: for summaries, meta descriptions and open data. */
export function richTextToPlainText(value: RichTextValue): string {
  const collect = (node: LexicalNode): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(collect).join(node.type === 'root' ? '\n' : '')
  return value?.root ? collect(value.root).trim() : ''
}
