import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from 'pdf-lib'

/** A two-page A4 PDF with a line of text, as pdf-lib writes it (object streams, %%EOF at the end). */
export async function simplePdf(text = 'Career guidance handbook'): Promise<PDFDocument> {
  const document = await PDFDocument.create()
  const font = await document.embedFont(StandardFonts.Helvetica)
  document.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 14, font })
  document.addPage([595, 842])
  return document
}

export const pdfBytes = async (document?: PDFDocument) => Buffer.from(await (document ?? (await simplePdf())).save())

/** A PDF that runs JavaScript when opened. */
export async function pdfWithJavaScript(): Promise<Buffer> {
  const document = await simplePdf()
  document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("hi")') }))
  return pdfBytes(document)
}

/** A PDF that asks the reader to start a program when opened. */
export async function pdfWithLaunch(): Promise<Buffer> {
  const document = await simplePdf()
  document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'Launch', F: PDFString.of('C:\\Windows\\System32\\calc.exe') }))
  return pdfBytes(document)
}

/** A PDF carrying an attached file. */
export async function pdfWithAttachment(): Promise<Buffer> {
  const document = await simplePdf()
  await document.attach(Buffer.from('#!/bin/sh\necho attached\n'), 'run.sh', { mimeType: 'text/x-shellscript' })
  return pdfBytes(document)
}

/** A PDF whose trailer says it is encrypted with the standard security handler (an owner password). */
export async function encryptedPdf(): Promise<Buffer> {
  const document = await simplePdf()
  const encrypt = document.context.register(
    document.context.obj({
      Filter: 'Standard',
      V: 1,
      R: 2,
      O: PDFHexString.of('a'.repeat(64)),
      U: PDFHexString.of('b'.repeat(64)),
      P: -44,
    }),
  )
  document.context.trailerInfo.Encrypt = encrypt
  return Buffer.from(await document.save({ useObjectStreams: false }))
}
