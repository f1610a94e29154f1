/**
 * `Content-Disposition` for a file served as a download (RFC 6266): the name as UTF-8 in
 * `filename*` (RFC 5987, for Chinese names) and an ASCII fallback in `filename` for old clients.
 * Path parts, control characters (CR/LF among them), quotes and backslashes never reach the header.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const base = fileName.split(/[/\\]/).pop() ?? ''
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim() || 'download'
  const ascii = clean.replace(/[^\x20-\x7e]|[%;\\]/g, '_')
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
