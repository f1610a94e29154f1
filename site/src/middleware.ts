import { defineMiddleware } from 'astro:middleware'

import { renderedPageSink } from './search/renderedPages'

/**
 * During the build, each rendered HTML page also goes to the search indexer, which works in its
 * own process beside the rendering instead of after it.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  const sink = renderedPageSink()
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response
  const html = await response.text()
  sink(context.url.pathname, html)
  return new Response(html, response)
})
