import { describe, expect, test } from 'vitest'

import { richTextHeadings, richTextToHTML, type RichTextValue } from '../../src/content/richText'

const text = (value: string) => ({ type: 'text', text: value, format: 0 })
const heading = (tag: string, value: string) => ({ type: 'heading', tag, children: [text(value)] })
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] })

const document: RichTextValue = {
  root: {
    type: 'root',
    children: [
      paragraph('前言'),
      heading('h2', '壹、目標'),
      paragraph('內容'),
      heading('h3', '一、分析需求'),
      heading('h4', '(一)推動策略'),
      { type: 'heading', tag: 'h1', children: [text('標題'), { type: 'text', text: '<續>', format: 1 }] },
    ],
  },
}

describe('heading ids', () => {
  test('headings have no ids unless asked for', () => {
    expect(richTextToHTML(document)).toContain('<h2>壹、目標</h2>')
  })

  test('each heading gets the id its table-of-contents entry links to, in document order', () => {
    const html = richTextToHTML(document, { headingIds: true })
    const headings = richTextHeadings(document)
    expect(headings.map(({ id, level }) => [id, level])).toEqual([
      ['section-1', 2],
      ['section-2', 3],
      ['section-3', 4],
      ['section-4', 2],
    ])
    for (const { id } of headings) expect(html).toContain(` id="${id}"`)
    expect(html).toContain('<h2 id="section-1">壹、目標</h2>')
    expect(html).toContain('<h3 id="section-2">一、分析需求</h3>')
  })

  test('an h1 in the content becomes an h2 (the page title is the only h1), and the entry is plain text', () => {
    expect(richTextToHTML(document, { headingIds: true })).toContain('<h2 id="section-4">標題<strong>&lt;續&gt;</strong></h2>')
    expect(richTextHeadings(document).at(-1)).toEqual({ id: 'section-4', level: 2, text: '標題<續>' })
  })

  test('empty rich text has no headings', () => {
    expect(richTextHeadings(null)).toEqual([])
    expect(richTextToHTML(undefined, { headingIds: true })).toBe('')
  })
})
