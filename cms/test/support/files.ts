/** Real files for upload tests: a PNG made with sharp, a PDF made with pdf-lib, a WebVTT track. */
import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

export type TestFile = { bytes: Uint8Array; name: string; type: string }

export async function png(name = 'test-image.png', { width = 64, height = 48, colour = '#2a7ab0' } = {}): Promise<TestFile> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer()
  return { bytes, name, type: 'image/png' }
}

export async function pdf(name = 'test-document.pdf', text = 'Career guidance test document'): Promise<TestFile> {
  const document = await PDFDocument.create()
  const font = await document.embedFont(StandardFonts.Helvetica)
  document.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 14, font })
  document.addPage([595, 842])
  return { bytes: await document.save(), name, type: 'application/pdf' }
}

export function vtt(name = 'captions.vtt'): TestFile {
  const text = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n歡迎收看職涯輔導影片。\n\n00:00:02.500 --> 00:00:05.000\nWelcome.\n'
  return { bytes: new TextEncoder().encode(text), name, type: 'text/vtt' }
}

/** HTML that claims to be a PNG by its name and declared type. */
export function htmlPretendingToBePng(name = 'not-really.png'): TestFile {
  const text = '<!doctype html><html><head><title>x</title></head><body><p>Not an image<br><script>alert(1)</script></body></html>'
  return { bytes: new TextEncoder().encode(text), name, type: 'image/png' }
}
