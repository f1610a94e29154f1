import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDFDocument, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { describePageSize, readPdfFacts, renderPdfCover } from '../src'

describe('describePageSize', () => {
  it('names common paper sizes and the orientation, in millimetres', () => {
    expect(describePageSize(595, 842)).toBe('A4 portrait · 210 × 297 mm')
    expect(describePageSize(842, 595)).toBe('A4 landscape · 297 × 210 mm')
    expect(describePageSize(612, 792)).toBe('Letter portrait · 216 × 279 mm')
    expect(describePageSize(516, 729)).toBe('B5 portrait · 182 × 257 mm')
  })

  it('applies the page rotation and gives only millimetres for other sizes', () => {
    expect(describePageSize(595, 842, 90)).toBe('A4 landscape · 297 × 210 mm')
    expect(describePageSize(283, 283)).toBe('square · 100 × 100 mm')
  })
})

describe('PDF facts and cover', () => {
  let folder: string
  let file: string
  const coverFolders = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('pdf-cover-'))
  // Other programs on the machine may have left their own behind.
  let coverFoldersBefore: string[]

  beforeAll(async () => {
    coverFoldersBefore = coverFolders()
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'media-pdf-'))
    file = path.join(folder, 'handbook.pdf')
    const document = await PDFDocument.create()
    // A landscape A4 first page, red, and two portrait pages after it.
    document.addPage([842, 595]).drawRectangle({ x: 0, y: 0, width: 842, height: 595, color: rgb(1, 0, 0) })
    document.addPage([595, 842])
    document.addPage([595, 842])
    fs.writeFileSync(file, await document.save())
  })

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

  it('reads the page count and the first page’s size', async () => {
    expect(await readPdfFacts(file)).toEqual({ pageCount: 3, pageSize: 'A4 landscape · 297 × 210 mm' })
  })

  it('renders the first page as a PNG no larger than asked', async () => {
    const cover = await renderPdfCover(file, { longestSide: 400 })
    const { data, info } = await sharp(cover).raw().toBuffer({ resolveWithObject: true })
    expect(info.format).toBe('raw')
    expect(Math.max(info.width, info.height)).toBe(400)
    expect(info.width).toBeGreaterThan(info.height)
    expect(data[0]).toBeGreaterThan(200)
    expect(data[1]).toBeLessThan(60)
  })

  it('fails with a reason for a file that is not a PDF, a cover over the size cap, or a tool that takes too long', async () => {
    const broken = path.join(folder, 'broken.pdf')
    fs.writeFileSync(broken, '%PDF-1.7\nnot really')
    await expect(readPdfFacts(broken)).rejects.toThrow(/pdfinfo/)
    await expect(renderPdfCover(broken)).rejects.toThrow(/pdftoppm/)
    await expect(renderPdfCover(file, { maxBytes: 10 })).rejects.toThrow(/over the limit/)
    await expect(renderPdfCover(file, { longestSide: 4000, timeoutMs: 1 })).rejects.toThrow(/stopped after 1 ms/)
  })

  it('leaves no temporary folder behind', () => {
    expect(coverFolders()).toEqual(coverFoldersBefore)
  })
})
