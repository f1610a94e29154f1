/** Runs autocannon in a process of its own (cannonProcess.ts) and collects its figures. */
import { fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type CannonOptions = {
  /** The origin requests go to, e.g. `http://127.0.0.1:41234`. */
  url: string
  connections: number
  durationSeconds: number
  /** Paths with their query, requested in turn by each connection. */
  paths: string[]
  headers: Record<string, string>
}

export type CannonFigures = {
  requests: number
  requestsPerSecond: number
  /** Latency in milliseconds. */
  p50: number
  p99: number
  /** Answers outside 200–299, by status code in `statusCodes`. */
  non2xx: number
  statusCodes: Record<string, { count?: number }>
  /** Connection errors, timeouts included. */
  errors: number
  timeouts: number
}

export type CannonMessage = { kind: 'progress'; responses: number } | { kind: 'result'; figures: CannonFigures }

const processFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cannonProcess.ts')

/** Fires the requests for the whole duration; `onProgress` hears the responses so far each second. */
export function fire(options: CannonOptions, onProgress: (responses: number) => void): Promise<CannonFigures> {
  return new Promise((resolve, reject) => {
    // This process's Node options carry tsx's loader; autocannon's own timer warnings are noise.
    const child = fork(processFile, { execArgv: [...process.execArgv, '--no-warnings'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let figures: CannonFigures | undefined
    child.on('message', (message: CannonMessage) => {
      if (message.kind === 'progress') onProgress(message.responses)
      else figures = message.figures
    })
    child.on('error', reject)
    child.on('exit', (code) => (figures ? resolve(figures) : reject(new Error(`The load generator exited with ${code} before its figures`))))
    child.send(options)
  })
}
