import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls that share a hook's request, and so its transaction. Payload's Local API
 * sets the request's file, locale and depth for each call; they are put back afterwards, so the
 * operation the hook belongs to goes on with its own.
 */
export async function keepingRequest<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { file, locale, fallbackLocale } = req
  const depth = req.query?.depth
  try {
    return await work()
  } finally {
    Object.assign(req, { file, locale, fallbackLocale })
    if (req.query) req.query.depth = depth
  }
}
