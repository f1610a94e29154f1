import { defineMiddleware } from 'astro:middleware'

import { incrementalBuild, renderOrReuse } from './build/routeReuse'
import { renderedPageSink } from './search/renderedPages'

/**
 * During the build, each page is rendered, or copied from the previous release when an
 * incremental build finds its inputs unchanged; each HTML page then also goes to the search
 * indexer, which works in its own process beside the rendering instead of after it.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const build = context.isPrerendered ? incrementalBuild() : undefined
  const page = { pattern: context.routePattern, route: context.url.pathname, params: context.params, props: context.props }
  const response = build ? await renderOrReuse(build, page, next) : await next()
  const sink = renderedPageSink()
  if (!sink || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response
  const html = await response.text()
  sink(context.url.pathname, html)
  return new Response(html, response)
})
