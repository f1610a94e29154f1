import { execFile } from 'node:child_process'

export type ToolLimits = { timeoutMs?: number; maxOutputBytes?: number }

/**
 * Runs a command-line tool (poppler, ffprobe) on a file, never through a shell, killed when it
 * takes longer than the time limit or prints more than the output limit. Resolves with its output.
 */
export function runTool(command: string, args: string[], { timeoutMs = 30_000, maxOutputBytes = 1024 * 1024 }: ToolLimits = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: maxOutputBytes, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) {
        const reason = error.killed ? `was stopped after ${timeoutMs} ms` : `failed: ${stderr.trim().split('\n').at(-1) || error.message}`
        reject(new Error(`${command} ${reason}`))
      } else {
        resolve(stdout)
      }
    })
  })
}
