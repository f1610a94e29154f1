/**
 * Facts about a PDF and a cover image of its first page, with poppler's `pdfinfo` and `pdftoppm`
 * (Debian's poppler-utils), each run with a time limit.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { runTool, type ToolLimits } from './externalTool'

export type PdfFacts = {
  pageCount: number
  /** The first page as it is shown (rotation applied), e.g. "A4 portrait · 210 × 297 mm". */
  pageSize: string
}

const MM_PER_POINT = 25.4 / 72

/** Paper sizes in millimetres (portrait), matched within a few millimetres. */
const paperSizes: ReadonlyArray<{ name: string; width: number; height: number }> = [
  { name: 'A3', width: 297, height: 420 },
  { name: 'A4', width: 210, height: 297 },
  { name: 'A5', width: 148, height: 210 },
  { name: 'B4', width: 257, height: 364 },
  { name: 'B5', width: 182, height: 257 },
  { name: 'Letter', width: 216, height: 279 },
  { name: 'Legal', width: 216, height: 356 },
]

/** A page's size in words: its paper name when it has one, its orientation, and millimetres. */
export function describePageSize(widthPoints: number, heightPoints: number, rotation = 0): string {
  const turned = Math.abs(rotation) % 180 === 90
  const width = Math.round((turned ? heightPoints : widthPoints) * MM_PER_POINT)
  const height = Math.round((turned ? widthPoints : heightPoints) * MM_PER_POINT)
  const [short, long] = [Math.min(width, height), Math.max(width, height)]
  const paper = paperSizes.find((size) => Math.abs(size.width - short) <= 3 && Math.abs(size.height - long) <= 3)
  const orientation = width === height ? 'square' : width < height ? 'portrait' : 'landscape'
  return `${paper ? `${paper.name} ` : ''}${orientation} · ${width} × ${height} mm`
}

/** The page count and first page's size of the PDF at `file`. */
export async function readPdfFacts(file: string, limits: ToolLimits = {}): Promise<PdfFacts> {
  const info = await runTool('pdfinfo', ['-f', '1', '-l', '1', file], limits)
  const pages = /^Pages:\s+(\d+)/m.exec(info)
  const size = /^Page\s+1 size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)
  if (!pages || !size) throw new Error('pdfinfo did not report the page count and size')
  const rotation = Number(/^Page\s+1 rot:\s+(-?\d+)/m.exec(info)?.[1] ?? 0)
  return { pageCount: Number(pages[1]), pageSize: describePageSize(Number(size[1]), Number(size[2]), rotation) }
}

export type CoverOptions = ToolLimits & {
  /** The cover's longer side in pixels. */
  longestSide?: number
  /** Refused when the image is larger than this. */
  maxBytes?: number
}

/** A PNG of the PDF's first page, at most `longestSide` pixels on its longer side. */
export async function renderPdfCover(file: string, { longestSide = 1600, maxBytes = 20 * 1024 * 1024, ...limits }: CoverOptions = {}): Promise<Buffer> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'pdf-cover-'))
  try {
    const prefix = path.join(folder, 'cover')
    await runTool('pdftoppm', ['-f', '1', '-l', '1', '-png', '-r', '150', '-scale-to', String(longestSide), '-singlefile', file, prefix], limits)
    const output = `${prefix}.png`
    const { size } = await fs.stat(output)
    if (size > maxBytes) throw new Error(`The cover image is ${size} bytes, over the limit of ${maxBytes}`)
    return await fs.readFile(output)
  } finally {
    await fs.rm(folder, { recursive: true, force: true })
  }
}
