/** Next.js runs this once when the CMS server starts: the portal builder starts beside it. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startBuilderProcess } = await import('./publishing/builderProcess')
  startBuilderProcess()
}
