import { containsZip } from './zip'

/**
 * Markup a browser or PHP would act on. Each pattern is long enough that the compressed data of a
 * real photo or PDF does not contain it by chance; XMP metadata (`<x:xmpmeta`, `<rdf:RDF`) does
 * not match.
 */
const activeMarkup =
  /<script[\s>/]|<\/script>|<html[\s>]|<body[\s>]|<!doctype\s+html|<svg[^>]{0,200}xmlns|<iframe[\s>]|<img\s[^>]{0,200}(?:src|onerror)\s*=|<\?php[\s]|javascript:/i

/** Whether the bytes carry HTML, SVG, script or PHP markup anywhere (read as Latin-1, so every byte is one character). */
export const containsMarkup = (bytes: Uint8Array) =>
  activeMarkup.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))

/** An image or PDF that is also something else: markup inside it, or a ZIP archive appended to it. */
export const isPolyglot = (bytes: Uint8Array) => containsMarkup(bytes) || containsZip(bytes)
