import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { cmsDirectory, jobRunner, siteBuilder } from '../environment'

/** Restarts a worker that stopped, but not in a tight loop. */
const restartDelayMs = 5000

const startedKey = Symbol.for('career-portal.worker')
type WithWorker = typeof globalThis & { [startedKey]?: ChildProcess }

function spawnWorker(log: (line: string) => void): void {
  const child = spawn(path.join(cmsDirectory, 'node_modules/.bin/payload'), ['run', 'src/worker/run.ts'], {
    cwd: cmsDirectory,
    env: process.env,
    // The IPC channel closes when this server stops, and the worker then ends too.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  ;(globalThis as WithWorker)[startedKey] = child
  for (const stream of [child.stdout, child.stderr]) {
    let pending = ''
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) log(line)
    })
  }
  child.on('exit', (code, signal) => {
    log(`stopped (${signal ?? `exit code ${code}`}); starting again in ${restartDelayMs / 1000} s`)
    setTimeout(() => spawnWorker(log), restartDelayMs).unref()
  })
}

/**
 * Starts the background worker beside this CMS server, once, unless it has nothing to do here
 * (SITE_BUILDER=off and JOB_RUNNER=off: another server does both). Its output joins the server's.
 */
export function startWorker(): void {
  if ((!siteBuilder.enabled && !jobRunner.enabled) || (globalThis as WithWorker)[startedKey]) return
  spawnWorker((line) => console.log(`[worker] ${line}`))
}
