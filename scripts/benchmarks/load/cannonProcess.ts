/**
 * The load generator's own process (started by cannon.ts): autocannon with the options it is sent,
 * reporting the responses so far every second and then its figures. Apart from the editors, so
 * that generating the load does not slow down the writes being timed.
 */
import autocannon from 'autocannon'

import type { CannonMessage, CannonOptions } from './cannon'

const send = (message: CannonMessage) => process.send!(message)

/** What a request error was: a socket error's message with its code (`read ECONNRESET`), or autocannon's (a timeout). */
const causeOf = (error: unknown) => {
  if (!(error instanceof Error)) return String(error)
  const code = (error as NodeJS.ErrnoException).code
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message
}

process.once('message', async ({ url, connections, durationSeconds, paths, headers }: CannonOptions) => {
  let responses = 0
  const errorCauses: Record<string, number[]> = {}
  const started = performance.now()
  const progress = setInterval(() => send({ kind: 'progress', responses }), 1000)
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationSeconds,
        // Each connection goes through the paths in turn.
        requests: paths.map((path) => ({ method: 'GET', path })),
        headers,
        timeout: 10,
        // nginx closes a keep-alive connection after 1000 requests (keepalive_requests), saying so
        // with `Connection: close` on the last answer. Browsers and HTTP clients then open a new
        // connection; autocannon does not: it writes its next request on the closing one, which
        // the kernel answers with a reset (ECONNRESET). So it opens a new one every 500 requests
        // itself (leaving the answer it reconnects after out of its counts, one in 500).
        reconnectRate: 500,
      },
      (error, figures) => (error ? reject(error) : resolve(figures)),
    )
    instance.on('response', () => responses++)
    instance.on('reqError', (error: unknown) => {
      const cause = causeOf(error)
      ;(errorCauses[cause] ??= []).push(Math.round((performance.now() - started) / 100) / 10)
    })
  })
  clearInterval(progress)
  send({
    kind: 'result',
    figures: {
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      statusCodes: result.statusCodeStats ?? {},
      errors: result.errors,
      timeouts: result.timeouts,
      errorCauses,
    },
  })
  process.disconnect()
})
