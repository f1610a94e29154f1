import { describe, expect, it } from 'vitest'

import { escapeHTML, type RichTextValue, richTextToHTML, richTextToPlainText } from '../../src/content/richText'

type Node = { type: string; [key: string]: unknown }
const doc = (...children: Node[]): RichTextValue => ({ root: { type: 'root', children } as never })
const text = (value: string, format = 0): Node => ({ type: 'text', text: value, format })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children })

describe('richTextToHTML', () => {
  it('renders paragraphs, headings, quotes and line breaks', () => {
    const html = richTextToHTML(
      doc(
        { type: 'heading', tag: 'h2', children: [text('計畫目標')] },
        paragraph(text('第一行'), { type: 'linebreak' }, text('第二行')),
        { type: 'quote', children: [text('引言')] },
        { type: 'horizontalrule' },
      ),
    )
    expect(html).toBe('<h2>計畫目標</h2><p>第一行<br>第二行</p><blockquote>引言</blockquote><hr>')
  })

  it('renders text formats as nested elements', () => {
    expect(richTextToHTML(doc(paragraph(text('重點', 1 | 2))))).toBe('<p><em><strong>重點</strong></em></p>')
    expect(richTextToHTML(doc(paragraph(text('H'), text('2', 32), text('O'))))).toBe('<p>H<sub>2</sub>O</p>')
  })

  it('renders bullet and numbered lists', () => {
    const item = (value: string): Node => ({ type: 'listitem', children: [text(value)] })
    expect(richTextToHTML(doc({ type: 'list', listType: 'bullet', children: [item('一'), item('二')] }))).toBe('<ul><li>一</li><li>二</li></ul>')
    expect(richTextToHTML(doc({ type: 'list', listType: 'number', children: [item('一')] }))).toBe('<ol><li>一</li></ol>')
  })

  it('escapes text, so content can never inject markup', () => {
    expect(richTextToHTML(doc(paragraph(text('<script>alert("x")</script> & more'))))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</p>',
    )
  })

  it('links to safe addresses only, marking external ones', () => {
    const link = (url: string): Node => ({ type: 'link', fields: { url }, children: [text('連結')] })
    expect(richTextToHTML(doc(paragraph(link('https://www.edu.tw/'))))).toBe('<p><a href="https://www.edu.tw/" rel="noopener noreferrer">連結</a></p>')
    expect(richTextToHTML(doc(paragraph(link('/news/'))))).toBe('<p><a href="/news/">連結</a></p>')
    expect(richTextToHTML(doc(paragraph(link('mailto:career@example.tw'))))).toBe('<p><a href="mailto:career@example.tw">連結</a></p>')
    // A script address keeps its text and loses the link.
    expect(richTextToHTML(doc(paragraph(link('javascript:alert(1)'))))).toBe('<p>連結</p>')
  })

  it('renders uploaded images with alt text and size, lazily; other uploads are left out', () => {
    const image = { type: 'upload', value: { url: '/images/photo.webp', alt: '活動照片', width: 800, height: 600, mimeType: 'image/webp' } }
    expect(richTextToHTML(doc(image))).toBe('<img src="/images/photo.webp" alt="活動照片" width="800" height="600" loading="lazy" decoding="async">')
    expect(richTextToHTML(doc({ type: 'upload', value: { url: '/files/a.pdf', mimeType: 'application/pdf' } }))).toBe('')
  })

  it('keeps the text of node types it does not know', () => {
    expect(richTextToHTML(doc(paragraph({ type: 'mention', children: [text('保留的文字')] })))).toBe('<p>保留的文字</p>')
  })

  it('renders nothing for empty values', () => {
    expect(richTextToHTML(null)).toBe('')
    expect(richTextToHTML(undefined)).toBe('')
  })
})

describe('richTextToPlainText', () => {
  it('joins the text of each top-level block with a line break', () => {
    const value = doc({ type: 'heading', tag: 'h2', children: [text('目標')] }, paragraph(text('協調'), text('職涯發展', 1)))
    expect(richTextToPlainText(value)).toBe('目標\n協調職涯發展')
  })

  it('is empty for empty values', () => {
    expect(richTextToPlainText(null)).toBe('')
  })
})

describe('escapeHTML', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHTML(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})
