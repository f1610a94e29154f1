/**
 * Debian's nginx, run by the test's own user in the foreground with a rendered site file: a main
 * configuration like Debian's nginx.conf (mime.types, then the site), with every path that nginx
 * writes (pid, logs, request bodies, proxy buffers) in a throwaway folder.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The nginx binary: on PATH, or where Debian installs it (/usr/sbin is not on every user's PATH). */
export function nginxBinary(): string | undefined {
  const directories = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']
  return directories
    .filter(Boolean)
    .map((directory) => path.join(directory, 'nginx'))
    .find((candidate) => fs.existsSync(candidate))
}

export type Nginx = {
  /** The folder of its configuration, logs and temporary files. */
  prefix: string
  errorLog: string
  close: () => Promise<void>
}

/** nginx's worker processes and the connections each may hold (clients and upstreams together). */
export type Workers = { processes: number | 'auto'; connections: number }

/** Enough for the tests; a load test wants Debian's own (`worker_processes auto`, 768 connections). */
const testWorkers: Workers = { processes: 1, connections: 256 }
export const debianWorkers: Workers = { processes: 'auto', connections: 768 }

/** Writes the main configuration around a site file; returns its path. */
function writeMainConfiguration(prefix: string, site: string, workers: Workers): string {
  const siteFile = path.join(prefix, 'site.conf')
  fs.writeFileSync(siteFile, site)
  const temporary = (name: string) => path.join(prefix, name)
  const main = `worker_processes ${workers.processes};
events { worker_connections ${workers.connections}; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${path.join(prefix, 'access.log')};
    client_body_temp_path ${temporary('client-body')};
    proxy_temp_path ${temporary('proxy')};
    fastcgi_temp_path ${temporary('fastcgi')};
    uwsgi_temp_path ${temporary('uwsgi')};
    scgi_temp_path ${temporary('scgi')};
    include ${siteFile};
}
`
  const mainFile = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(mainFile, main)
  return mainFile
}

/** The `-g` directives: foreground, pid and error log in `prefix`; workers as this user when it is root. */
function globalDirectives(prefix: string, errorLog: string): string {
  const asRoot = process.getuid?.() === 0 ? ` user ${os.userInfo().username};` : ''
  return `daemon off; pid ${path.join(prefix, 'nginx.pid')}; error_log ${errorLog} info;${asRoot}`
}

/** `nginx -t` on a site file: nginx's output; throws when the configuration is invalid. */
export function checkConfiguration(binary: string, site: string): string {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-check-'))
  try {
    const errorLog = path.join(prefix, 'error.log')
    const result = spawnSync(binary, ['-t', '-p', prefix, '-c', writeMainConfiguration(prefix, site, testWorkers), '-g', globalDirectives(prefix, errorLog)], {
      encoding: 'utf8',
    })
    const output = `${result.stdout}${result.stderr}`
    if (result.status !== 0) throw new Error(`nginx -t failed:\n${output}`)
    return output
  } finally {
    fs.rmSync(prefix, { recursive: true, force: true })
  }
}

const tail = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-30).join('\n') : '(no log)')

/** Starts nginx with a site file that listens on `url`; resolves when it answers there. */
export async function startNginx(binary: string, site: string, url: string, workers = testWorkers): Promise<Nginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-test-'))
  const errorLog = path.join(prefix, 'error.log')
  const mainFile = writeMainConfiguration(prefix, site, workers)
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', mainFile, '-g', globalDirectives(prefix, errorLog)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // QUIT: finish the open requests, then stop the workers and the master.
      child.kill('SIGQUIT')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    }
    if (!process.env.NGINX_TEST_KEEP) fs.rmSync(prefix, { recursive: true, force: true })
  }
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(2_000) })
      return { prefix, errorLog, close }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const problem = `nginx did not answer at ${url}:\n${output}\n${tail(errorLog)}`
  await close()
  throw new Error(problem)
}
