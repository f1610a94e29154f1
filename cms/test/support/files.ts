/** Real files for upload tests: a PNG made with sharp, a PDF made with pdf-lib, a WebVTT track, an MP4 made with ffmpeg. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

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

/** A short MP4 (H.264, no sound) made with ffmpeg's test pattern. */
export function mp4(name = 'clip.mp4', { seconds = 2, width = 320, height = 180 } = {}): TestFile {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'test-video-'))
  try {
    const output = path.join(folder, name)
    // prettier-ignore
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=duration=${seconds}:size=${width}x${height}:rate=10`, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', output])
    return { bytes: fs.readFileSync(output), name, type: 'video/mp4' }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}
