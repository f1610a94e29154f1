import { indexSeparator, splitHan } from './han'

/** Pages with `data-pagefind-body` are the ones the layout marks for search (its `search` prop). */
export const isSearchable = (html: string): boolean => /<[^>]*\sdata-pagefind-body[\s=>]/.test(html)

/** The page's language from `<html lang>`, as Pagefind picks the index it goes into. */
export const pageLanguage = (html: string): string => html.match(/<html\b[^>]*\blang=["']?([\w-]+)/i)?.[1] ?? ''

const TOKEN = /<!--[\s\S]*?-->|<(script|style|textarea)\b[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z](?:[^"'>]|"[^"]*"|'[^']*')*>|[^<]+|</g
/** Elements whose text is a filter, meta or sort value for Pagefind rather than page text. */
const VALUE_ELEMENT = /\sdata-pagefind-(?:filter|meta|sort)(?:\s*=\s*(["'])[^:"']*\1)?[\s>/]/
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
/** Closing tags after which text does not run on (`<dt>Region</dt><dd>North</dd>`: not `RegionNorth`). */
const SEPARATING = /^<(?:\/(?:dt|dd|li|td|th|caption|figcaption|summary|label|button|legend|option)|br)\b/i
const ALT = /(\salt\s*=\s*")([^"]*)(")/

/**
 * The page as Pagefind should index it: every Han character of its text (and of image alt
 * text) set apart as a word of its own (see `han.ts`), and a space after the end of a list item,
 * table cell or term where the page's own markup has none. Markup, scripts and the values of
 * filters and meta stay as they are; the served page is not changed.
 */
export function prepareForIndex(html: string): string {
  const separator = indexSeparator(pageLanguage(html))
  let skipping: { tag: string; depth: number } | null = null
  return html.replace(TOKEN, (token) => {
    if (!token.startsWith('<') || token === '<') return skipping ? token : splitHan(token, separator)
    if (token.startsWith('<!--') || /^<(script|style|textarea)\b/i.test(token)) return token
    const name = token.match(/^<\/?([a-zA-Z][\w-]*)/)![1]!.toLowerCase()
    const closing = token.startsWith('</')
    if (skipping) {
      if (name === skipping.tag) skipping.depth += closing ? -1 : token.endsWith('/>') ? 0 : 1
      if (skipping.depth === 0) skipping = null
      return token
    }
    if (SEPARATING.test(token)) return `${token} `
    const hasContent = !closing && !token.endsWith('/>') && !VOID_ELEMENTS.has(name)
    if (hasContent && VALUE_ELEMENT.test(token)) skipping = { tag: name, depth: 1 }
    return token.replace(ALT, (_, before: string, alt: string, after: string) => before + splitHan(alt, separator) + after)
  })
}
