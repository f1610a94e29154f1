/**
 * The load generator's own process (started by cannon.ts): autocannon with the options it is sent,
 * reporting the responses so far every second and then its figures. Apart from the editors, so
 * that generating the load does not slow down the writes being timed.
 */
import autocannon from 'autocannon'

import type { CannonMessage, CannonOptions } from './cannon'

const send = (message: CannonMessage) => process.send!(message)

process.once('message', async ({ url, connections, durationSeconds, paths, headers }: CannonOptions) => {
  let responses = 0
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
      },
      (error, figures) => (error ? reject(error) : resolve(figures)),
    )
    instance.on('response', () => responses++)
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
    },
  })
  process.disconnect()
})
