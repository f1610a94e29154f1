/**
 * Next.js runs this once when the CMS server starts: the background worker (portal builds,
 * scheduled publishes) starts beside it. Nothing here loads Payload: a second Payload instance in
 * this module graph would not share the route handlers' error classes.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startWorker } = await import('./worker/startWorker')
  startWorker()
}
