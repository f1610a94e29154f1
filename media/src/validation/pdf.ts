import { spawn } from 'node:child_process'
import zlib from 'node:zlib'

import { type Refusal, refuse } from './refusal'

/** What poppler's `pdfinfo` says about a PDF given on its standard input. */
function pdfinfo(bytes: Uint8Array): Promise<{ code: number | null; output: string; errors: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdfinfo', ['fd://0'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let output = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output, errors }))
    // pdfinfo may stop reading early on a broken file; that is its answer, not an error here.
    child.stdin.on('error', () => {})
    child.stdin.end(bytes)
  })
}

/**
 * Names that make a reader run code or carry other files: JavaScript (/JS, /JavaScript), launching
 * programs (/Launch), attached files (/EmbeddedFile, /EmbeddedFiles). A name may hide letters as
 * `#xx` escapes (/J#53 is /JS), so names are decoded first.
 */
const activeName = /^\/(?:JS|JavaScript|Launch|EmbeddedFiles?)$/
const pdfName = /\/(?:[^\s/<>[\]()%{}]|#[0-9a-fA-F]{2})+/g

function hasActiveName(text: string): boolean {
  for (const [name] of text.matchAll(pdfName)) {
    const decoded = name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    if (activeName.test(decoded)) return true
  }
  return false
}

/** The decompressed text of the object streams (/Type /ObjStm), where PDF 1.5+ keeps most dictionaries. */
function objectStreams(text: string): string[] {
  const streams: string[] = []
  const objectStream = /<<[^]{0,500}?\/Type\s*\/ObjStm[^]{0,500}?>>\s*stream\r?\n/g
  for (const match of text.matchAll(objectStream)) {
    const start = match.index + match[0].length
    const end = text.indexOf('endstream', start)
    if (end === -1) continue
    try {
      const data = Buffer.from(text.slice(start, end), 'latin1')
      streams.push(zlib.inflateSync(data, { maxOutputLength: 16 * 1024 * 1024, finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('latin1'))
    } catch {
      // Not deflated or damaged: pdfinfo judges whether the file is readable.
    }
  }
  return streams
}

/**
 * A PDF served to the public must be complete (ends with %%EOF), readable by poppler, not
 * encrypted, and free of JavaScript, launch actions and embedded files.
 */
export async function checkPdf(bytes: Uint8Array): Promise<Refusal | undefined> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  if (!text.slice(-1024).includes('%%EOF')) return refuse('pdfCorrupt')
  if (/\/Encrypt(?![A-Za-z])/.test(text)) return refuse('pdfEncrypted')
  const info = await pdfinfo(bytes)
  if (/password|encrypt/i.test(info.errors) || /^Encrypted:\s+yes/m.test(info.output)) return refuse('pdfEncrypted')
  if (info.code !== 0 || !/^Pages:\s+[1-9]/m.test(info.output)) return refuse('pdfCorrupt')
  if (/^JavaScript:\s+yes/m.test(info.output) || hasActiveName(text) || objectStreams(text).some(hasActiveName)) {
    return refuse('pdfActiveContent')
  }
  return undefined
}
