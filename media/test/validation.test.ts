import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { elfExecutable, pngBomb, withDamagedPixels } from '../corpus/binaries'
import { badFiles, goodFiles, type UploadCollection } from '../corpus/index'
import { officeOpenXml, openDocumentText } from '../corpus/office'
import { encryptedPdf, pdfBytes, pdfWithAttachment, pdfWithJavaScript, pdfWithLaunch } from '../corpus/pdf'
import { makeZip } from '../corpus/zip'
import {
  captionTypes,
  checkCaptions,
  checkFileName,
  checkImage,
  checkOfficeDocument,
  checkPdf,
  containsMarkup,
  containsZip,
  contentDisposition,
  documentTypes,
  extensionMatches,
  extensionOf,
  imageTypes,
  isPolyglot,
  pixelLimit,
  sizeLimitFor,
  sizeLimits,
  validateUpload,
  videoTypes,
  zipEntries,
} from '../src'

const accepted: Record<UploadCollection, readonly string[]> = {
  media: imageTypes,
  documents: documentTypes,
  'video-files': [...videoTypes, ...captionTypes],
}
const rulesFor = (collection: UploadCollection) => ({ accepted: accepted[collection], sizeLimit: sizeLimitFor(accepted[collection]), pixelLimit })

const png = () => sharp({ create: { width: 32, height: 24, channels: 3, background: '#2a7ab0' } }).png().toBuffer()
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const odt = 'application/vnd.oasis.opendocument.text'

describe('the corpus, judged without the CMS', async () => {
  const [bad, good] = [await badFiles(), await goodFiles()]

  it.each(bad)('refuses $what as $refusal', async (file) => {
    const verdict = await validateUpload({ name: file.name, size: file.bytes.length, content: file.bytes }, rulesFor(file.collection))
    expect(verdict).toEqual({ accepted: false, refusal: file.values ? { kind: file.refusal, values: file.values } : { kind: file.refusal } })
  })

  it.each(good)('accepts $what as $expected.mimeType', async (file) => {
    const verdict = await validateUpload({ name: file.name, size: file.bytes.length, content: file.bytes }, rulesFor(file.collection))
    expect(verdict).toEqual({ accepted: true, mimeType: file.expected.mimeType })
  })
})

describe('file names', () => {
  it.each(['職涯輔導手冊（113年版）.pdf', 'report 2024-final.docx', 'photo.JPG', '.hidden.png'])('accepts %s', (name) => {
    expect(checkFileName(name)).toBeUndefined()
  })

  it.each(['a/b.png', 'a\\b.png', '../x.png', 'x..png', '..', '', ' ', 'tab\there.png', 'new\nline.png', 'nul\0.png', 'del\u007f.png', 'evil\u202Egnp.exe', 'isolate\u2066.png', 'mark\u200F.png'])(
    'refuses %j',
    (name) => {
      expect(checkFileName(name)).toEqual({ kind: 'fileNameNotAllowed' })
    },
  )
})

describe('extensions', () => {
  it('reads the last extension in lower case, none for a leading dot or no dot', () => {
    expect(extensionOf('Photo.Final.JPEG')).toBe('jpeg')
    expect(extensionOf('README')).toBe('')
    expect(extensionOf('.bashrc')).toBe('')
  })

  it('matches each type to its extensions only', () => {
    expect(extensionMatches('image/jpeg', 'a.jpg')).toBe(true)
    expect(extensionMatches('image/jpeg', 'a.JPEG')).toBe(true)
    expect(extensionMatches('image/jpeg', 'a.png')).toBe(false)
    expect(extensionMatches('application/pdf', 'a')).toBe(false)
    expect(extensionMatches('image/svg+xml', 'a.svg')).toBe(false)
  })
})

describe('size limits', () => {
  it('is the largest limit among the kinds a collection accepts', () => {
    expect(sizeLimitFor(imageTypes)).toBe(sizeLimits.image)
    expect(sizeLimitFor(documentTypes)).toBe(sizeLimits.document)
    expect(sizeLimitFor([...videoTypes, ...captionTypes])).toBe(sizeLimits.video)
  })

  it('refuses one byte over the limit and accepts the limit itself', async () => {
    const bytes = await png()
    const rules = { ...rulesFor('media'), sizeLimit: bytes.length }
    expect(await validateUpload({ name: 'a.png', size: bytes.length, content: bytes }, rules)).toMatchObject({ accepted: true })
    expect(await validateUpload({ name: 'a.png', size: bytes.length + 1, content: bytes }, rules)).toMatchObject({ refusal: { kind: 'fileTooLarge' } })
  })
})

describe('ZIP archives', () => {
  const archive = makeZip([
    { name: 'a.txt', data: 'stored' },
    { name: '資料/b.xml', data: '<x/>'.repeat(100), deflate: true },
  ])

  it('lists the entries of the central directory', () => {
    expect(zipEntries(archive).map((entry) => entry.name)).toEqual(['a.txt', '資料/b.xml'])
    expect(zipEntries(Buffer.from('not a zip'))).toEqual([])
  })

  it('finds an archive appended to other bytes, and none in random bytes', async () => {
    expect(containsZip(Buffer.concat([await png(), archive]))).toBe(true)
    const noise = Buffer.alloc(1 << 20)
    for (let index = 0; index < noise.length; index++) noise[index] = (index * 2654435761) >>> 24
    // The signature alone, with a central directory that is not there, is not an archive.
    noise.writeUInt32LE(0x06054b50, 5000)
    expect(containsZip(noise)).toBe(false)
  })
})

describe('markup in images and PDFs', () => {
  it.each([
    '<script>alert(1)</script>',
    '<SCRIPT src=//x>',
    '<html><body>',
    '<!DOCTYPE html>',
    '<svg width="1" xmlns="http://www.w3.org/2000/svg">',
    '<iframe src=x>',
    '<img src=x onerror=alert(1)>',
    '<?php system("id");',
    'javascript:alert(1)',
  ])('finds %s', async (markup) => {
    expect(containsMarkup(Buffer.concat([await png(), Buffer.from(markup)]))).toBe(true)
  })

  it('finds nothing in a plain image or XMP metadata', async () => {
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>'
    expect(isPolyglot(Buffer.concat([await png(), Buffer.from(xmp)]))).toBe(false)
    expect(isPolyglot(await sharp({ create: { width: 800, height: 600, channels: 3, background: '#123456' } }).jpeg().toBuffer())).toBe(false)
  })
})

describe('captions', () => {
  const cues = (text: string) => Buffer.from(`WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n${text}\n`)

  it('accepts the WebVTT cue tags and plain text', () => {
    const text = '<v Roger Bingham>Hi</v> <c.yellow.bg>c</c> <i>i</i> <b>b</b> <u>u</u> <lang zh-TW>中文</lang> <ruby>漢<rt>hàn</rt></ruby> <01:00:01.500>t &lt;3'
    expect(checkCaptions(cues(text))).toBeUndefined()
  })

  it.each(['<script>x</script>', '<img src=x>', '<a href="x">', '<style>', '<iframe>', '<b onclick=x>'])('refuses %s', (tag) => {
    expect(checkCaptions(cues(`text ${tag}`))).toMatchObject({ kind: 'captionMarkup' })
  })
})

describe('images', () => {
  it('accepts a sound image', async () => {
    expect(await checkImage(await png(), pixelLimit)).toBeUndefined()
  })

  it('refuses an image over the pixel limit before decoding it', async () => {
    const started = Date.now()
    expect(await checkImage(pngBomb(20_000), pixelLimit)).toEqual({ kind: 'imageTooManyPixels', values: { megapixels: '50' } })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses a cut-off or damaged image', async () => {
    const whole = await png()
    expect(await checkImage(whole.subarray(0, whole.length - 20), pixelLimit)).toEqual({ kind: 'imageCorrupt' })
    expect(await checkImage(withDamagedPixels(whole), pixelLimit)).toEqual({ kind: 'imageCorrupt' })
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#654321' } }).jpeg().toBuffer()
    expect(await checkImage(jpeg.subarray(0, jpeg.length - 200), pixelLimit)).toEqual({ kind: 'imageCorrupt' })
  })
})

describe('PDFs', () => {
  it('accepts a plain PDF', async () => {
    expect(await checkPdf(await pdfBytes())).toBeUndefined()
  })

  it('refuses a PDF without %%EOF, one poppler cannot read, and an encrypted one', async () => {
    const whole = await pdfBytes()
    expect(await checkPdf(whole.subarray(0, whole.length - 10))).toEqual({ kind: 'pdfCorrupt' })
    expect(await checkPdf(Buffer.from('%PDF-1.4\nnothing here\n%%EOF\n'))).toEqual({ kind: 'pdfCorrupt' })
    expect(await checkPdf(await encryptedPdf())).toEqual({ kind: 'pdfEncrypted' })
  })

  it('refuses JavaScript, launch actions and embedded files, also inside compressed object streams', async () => {
    for (const make of [pdfWithJavaScript, pdfWithLaunch]) {
      const bytes = await make()
      // pdf-lib writes its dictionaries into object streams: the names are not in the raw bytes.
      expect(bytes.toString('latin1')).not.toMatch(/\/(JS|JavaScript|Launch)/)
      expect(await checkPdf(bytes)).toEqual({ kind: 'pdfActiveContent' })
    }
    expect(await checkPdf(await pdfWithAttachment())).toEqual({ kind: 'pdfActiveContent' })
  })

  it('decodes #xx escapes in names (/J#61vaScript is /JavaScript)', async () => {
    const whole = (await pdfBytes()).toString('latin1')
    const disguised = whole.replace('%%EOF', '% /OpenAction << /S /J#61vaScript /JS (x) >>\n%%EOF')
    expect(await checkPdf(Buffer.from(disguised, 'latin1'))).toEqual({ kind: 'pdfActiveContent' })
  })
})

describe('office documents', () => {
  it('accepts plain Word, Excel, PowerPoint and OpenDocument files', () => {
    expect(checkOfficeDocument(officeOpenXml('docx'), docx)).toBeUndefined()
    expect(checkOfficeDocument(officeOpenXml('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBeUndefined()
    expect(checkOfficeDocument(officeOpenXml('pptx'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation')).toBeUndefined()
    expect(checkOfficeDocument(openDocumentText(), odt)).toBeUndefined()
  })

  it('refuses macros and missing manifests', () => {
    expect(checkOfficeDocument(officeOpenXml('docx', { withMacros: true }), docx)).toEqual({ kind: 'officeMacros' })
    expect(checkOfficeDocument(officeOpenXml('docx', { macroEnabledType: true }), docx)).toEqual({ kind: 'officeMacros' })
    expect(checkOfficeDocument(openDocumentText({ withMacros: true }), odt)).toEqual({ kind: 'officeMacros' })
    expect(checkOfficeDocument(officeOpenXml('docx', { withoutManifest: true }), docx)).toEqual({ kind: 'officeMalformed' })
    expect(checkOfficeDocument(openDocumentText({ withoutManifest: true }), odt)).toEqual({ kind: 'officeMalformed' })
  })
})

describe('uploads kept in a temporary file', () => {
  it('are judged from the file on disk like bytes in memory', async () => {
    const fs = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'media-validation-'))
    try {
      const file = path.join(folder, 'upload')
      fs.writeFileSync(file, await pdfWithLaunch())
      expect(await validateUpload({ name: 'a.pdf', size: fs.statSync(file).size, content: file }, rulesFor('documents'))).toEqual({
        accepted: false,
        refusal: { kind: 'pdfActiveContent' },
      })
      fs.writeFileSync(file, elfExecutable())
      expect(await validateUpload({ name: 'a.png', size: 128, content: file }, rulesFor('media'))).toMatchObject({ refusal: { kind: 'fileTypeNotAllowed' } })
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('Content-Disposition', () => {
  it('gives Chinese names as UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('職涯輔導手冊.pdf')).toBe(
      `attachment; filename="______.pdf"; filename*=UTF-8''${encodeURIComponent('職涯輔導手冊')}.pdf`,
    )
  })

  it('keeps quotes, line breaks and path parts out of the header', () => {
    const header = contentDisposition('../x/evil"name\r\nSet-Cookie: a=b.pdf')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header).toBe(`attachment; filename="evilnameSet-Cookie: a=b.pdf"; filename*=UTF-8''evilnameSet-Cookie%3A%20a%3Db.pdf`)
    expect(contentDisposition("it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`)
  })
})
