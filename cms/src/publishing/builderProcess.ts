import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { cmsDirectory, siteBuilder } from '../environment'

/** Restarts a builder that stopped, but not in a tight loop. */
const restartDelayMs = 5000

const startedKey = Symbol.for('career-portal.builderProcess')
type WithBuilder = typeof globalThis & { [startedKey]?: ChildProcess }

function spawnBuilder(log: (line: string) => void): void {
  const child = spawn(path.join(cmsDirectory, 'node_modules/.bin/payload'), ['run', 'src/publishing/builder.ts'], {
    cwd: cmsDirectory,
    env: process.env,
    // The IPC channel closes when this server stops, and the builder then ends too.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  ;(globalThis as WithBuilder)[startedKey] = child
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
    setTimeout(() => spawnBuilder(log), restartDelayMs).unref()
  })
}

/**
 * Starts the portal builder beside this CMS server, once, unless SITE_BUILDER=off leaves building
 * to another server. Its output joins the server's, marked as the builder's.
 */
export function startBuilderProcess(): void {
  if (!siteBuilder.enabled || (globalThis as WithBuilder)[startedKey]) return
  spawnBuilder((line) => console.log(`[portal builder] ${line}`))
}
