/**
 * Next.js runs this once when the CMS server starts: the portal builder and the job runner
 * (scheduled publishing, `scheduling/jobs.ts`) start with it, not at the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { startSiteBuilder }] = await Promise.all([
    import('payload'),
    import('./payload.config'),
    import('./publishing/siteBuildQueue'),
  ])
  await startSiteBuilder(await getPayload({ config, cron: true }))
}
