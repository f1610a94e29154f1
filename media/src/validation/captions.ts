import { type Refusal, refuse } from './refusal'

/**
 * The tags WebVTT cue text may use: class <c>, italics, bold, underline, ruby, each optionally with
 * classes (<c.yellow>); voice <v Name> and language <lang en> with their annotation; end tags; and
 * cue timestamps <00:01.500>.
 */
const cueTag = /^<(?:\/(?:b|i|u|c|v|lang|ruby|rt)|(?:b|i|u|c|ruby|rt)(?:\.[\w-]+)*|(?:v|lang)(?:\.[\w-]+)*[ \t][^<>]+|(?:\d{2,}:)?\d{2}:\d{2}\.\d{3})>$/

/** Anything that opens with `<`: a tag or a stray bracket (WebVTT writes a literal `<` as `&lt;`). */
const anyTag = /<[^>]*>?/g

/** A caption file with markup other than WebVTT's cue tags (e.g. <script>, <img>) is refused. */
export function checkCaptions(bytes: Uint8Array): Refusal | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  for (const [tag] of text.matchAll(anyTag)) {
    if (!cueTag.test(tag)) return refuse('captionMarkup', { tag: tag.slice(0, 40) })
  }
  return undefined
}
