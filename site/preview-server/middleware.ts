import { defineMiddleware } from 'astro:middleware'

import { previewHeaders, withBanner } from '../src/preview/responses'

/** The portal's public address (SITE_URL when built): every link of a previewed page that is not a preview leads there. */
const portal = import.meta.env.SITE.replace(/\/$/, '')

/**
 * Previews carry the banner and are never cached or indexed; any other address (a link in a
 * previewed page: the menu, a listing) is the published portal's.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { pathname, search } = context.url
  if (!pathname.startsWith('/preview/')) return context.redirect(`${portal}${pathname}${search}`, 302)
  const response = await next()
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(previewHeaders)) headers.set(name, value)
  const isPage = response.status === 200 && headers.get('content-type')?.startsWith('text/html')
  const body = isPage ? withBanner(await response.text()) : response.body
  return new Response(body, { status: response.status, headers })
})
