import { contentDisposition } from 'media'

/** Upload collections whose files are downloads (PDFs shown in place); images are shown inline. */
const downloadCollections = new Set(['documents', 'video-files'])
const uploadCollections = new Set(['media', ...downloadCollections])

/** `/api/<collection>/file/<name>`, the route Payload serves stored files from. */
const fileRoute = /^\/api\/([^/]+)\/file\/([^/]+)$/

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Adds to every stored file Payload serves `X-Content-Type-Options: nosniff` (a browser must not
 * second-guess the type and run a file as HTML or script), and to documents, videos and captions
 * a `Content-Disposition` with a safe file name: `attachment`, or `inline` for PDFs.
 */
export function withServedFileHeaders<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const response = await handler(request, context)
    const [, collection, name] = fileRoute.exec(new URL(request.url).pathname) ?? []
    if (!collection || !name || !uploadCollections.has(collection)) return response
    const headers = new Headers(response.headers)
    headers.set('X-Content-Type-Options', 'nosniff')
    if (downloadCollections.has(collection) && response.ok) {
      let fileName = name
      try {
        fileName = decodeURIComponent(name)
      } catch {
        // Not percent-encoded after all: the name as it is.
      }
      // PDFs open in the browser (the e-book reader frames them); everything else is saved.
      const disposition = response.headers.get('content-type') === 'application/pdf' ? 'inline' : 'attachment'
      headers.set('Content-Disposition', contentDisposition(fileName, disposition))
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}
