import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { detectFileType } from '../src'

const image = (format: 'png' | 'jpeg' | 'webp' | 'gif' | 'avif') =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })[format]().toBuffer()

describe('detectFileType', () => {
  it.each(['png', 'jpeg', 'webp', 'gif', 'avif'] as const)('recognises a real %s image by its bytes', async (format) => {
    expect(await detectFileType(await image(format))).toBe(`image/${format}`)
  })

  it('recognises a PDF, in memory and on disk', async () => {
    const document = await PDFDocument.create()
    document.addPage()
    const bytes = await document.save()
    expect(await detectFileType(bytes)).toBe('application/pdf')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'media-test-')), 'named-like-an-image.png')
    fs.writeFileSync(file, bytes)
    expect(await detectFileType(file)).toBe('application/pdf')
  })

  it('recognises WebVTT captions, with or without a byte-order mark', async () => {
    expect(await detectFileType(Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\n字幕\n'))).toBe('text/vtt')
    expect(await detectFileType(Buffer.from('\uFEFFWEBVTT - title\n\n'))).toBe('text/vtt')
  })

  it('does not recognise HTML, SVG or plain text, whatever they are called', async () => {
    expect(await detectFileType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeUndefined()
    expect(await detectFileType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBeUndefined()
    expect(await detectFileType(Buffer.from('WEBVTTX is not a caption file'))).toBeUndefined()
  })
})
