/**
 * Builds Payload's Lexical rich-text JSON from plain text, for content that arrives as text
 * (the seed documents, generated demo content).
 */
type TextNode = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }
type BlockNode = {
  type: 'paragraph' | 'heading'
  tag?: 'h2' | 'h3' | 'h4'
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 1
  textFormat?: 0
  textStyle?: ''
}
export type RichText = {
  root: { type: 'root'; children: BlockNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

/** A block of the document: a heading (level 2–4) or a paragraph. */
export type Block = { heading: 2 | 3 | 4; text: string } | { text: string }

const textNode = (text: string): TextNode => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

export function richText(blocks: ReadonlyArray<Block | string>): RichText {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: blocks.map((block) => {
        const { text } = typeof block === 'string' ? { text: block } : block
        const heading = typeof block === 'object' && 'heading' in block ? block.heading : undefined
        return heading
          ? { type: 'heading', tag: `h${heading}` as const, children: [textNode(text)], direction: 'ltr', format: '', indent: 0, version: 1 }
          : { type: 'paragraph', children: [textNode(text)], direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' }
      }),
    },
  }
}
