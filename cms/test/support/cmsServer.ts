/**
 * Starts the real CMS (`next dev`) on a throwaway database and data folder, and stops it again.
 * Used by the HTTP test suites (through the Vitest global setup) and by the benchmark scripts.
 *
 * SQLite (default): a fresh file under the OS temp folder, migrated with `payload migrate`.
 * MongoDB: set TEST_DATABASE_URI=mongodb://…; a database with a unique name is used and dropped.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The `cms/` package folder. */
export const cmsDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type CmsServer = {
  /** e.g. `http://localhost:41234` (no trailing slash). */
  url: string
  port: number
  /** DATA_DIR of the server: its SQLite file, uploads, outbox and log. */
  dataDir: string
  databaseURI: string
  database: 'sqlite' | 'mongodb'
  /** The server's output (stdout and stderr). */
  logFile: string
  /** The server's TMPDIR (inside dataDir). */
  temporaryDirectory: string
  /** Where the server stores the files of an upload collection. */
  uploadDirectory: (collection: string) => string
  process: ChildProcess
}

export type StartOptions = {
  /** Default: a free port. */
  port?: number
  /** Default: TEST_DATABASE_URI when it is a MongoDB URI, otherwise a fresh SQLite file. */
  databaseURI?: string
  /** Extra environment for the server (e.g. NODE_OPTIONS). */
  env?: Record<string, string>
  /** Give up when the server has not answered after this long. Default: 5 minutes. */
  startTimeoutMs?: number
  /**
   * `dev` (default) compiles routes on first use; `start` serves a production build, which the
   * caller must have made with `next build` into the same NEXT_DIST_DIR.
   */
  mode?: 'dev' | 'start'
  /** Work on the migrated database before the server starts (seeding), given the server's environment. */
  beforeStart?: (env: Record<string, string>) => Promise<void>
  /**
   * An existing data folder whose database is migrated already, to start a server again on what
   * an earlier one left (stop that one with `keepData`): nothing is migrated or prepared before the
   * server starts. Default: a fresh throwaway folder.
   */
  dataDir?: string
  /**
   * The address asked until it answers 200; its request is what starts Payload. Default:
   * `/api/users/me` (an API route). An admin page starts it in the admin's part of the server.
   */
  readyPath?: string
}

const isMongoURI = (uri: string | undefined): uri is string => Boolean(uri && /^mongodb(\+srv)?:\/\//.test(uri))

/** The same server and options with the database name replaced by `name`. */
export function withDatabaseName(uri: string, name: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(uri)
  if (!match) throw new Error(`Not a MongoDB URI: ${uri}`)
  return `${match[1]}/${name}${match[2] ?? ''}`
}

/**
 * The database a test run uses: a unique MongoDB database when TEST_DATABASE_URI names a MongoDB
 * server, otherwise a SQLite file in `dataDir`.
 */
export function testDatabaseURI(dataDir: string): string {
  const mongo = process.env.TEST_DATABASE_URI
  if (isMongoURI(mongo)) return withDatabaseName(mongo, `cms_test_${Date.now()}_${randomBytes(4).toString('hex')}`)
  return `file:${path.join(dataDir, 'test.db')}`
}

/** A throwaway data folder under the OS temp folder. */
export const makeDataDirectory = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-'))

/**
 * The environment of a CMS process on `dataDir` and `databaseURI`: every setting is given
 * explicitly, so a developer's `.env` (loaded by the CMS for unset variables) cannot redirect the
 * tests to real data, S3 or SMTP.
 */
export function cmsEnvironment({ dataDir, databaseURI, port }: { dataDir: string; databaseURI: string; port?: number }) {
  return {
    DATA_DIR: dataDir,
    DATABASE_URI: databaseURI,
    MEDIA_DIR: path.join(dataDir, 'uploads'),
    EMAIL_OUTBOX_DIR: path.join(dataDir, 'outbox'),
    PORTAL_DIR: path.join(dataDir, 'portal'),
    // Publishing asks for portal builds; only the publishing tests run a builder.
    SITE_BUILDER: 'off',
    // Scheduled publishes run on the test server itself.
    JOB_RUNNER: 'on',
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    ...(port ? { PORT: String(port), PUBLIC_URL: `http://localhost:${port}` } : {}),
    S3_BUCKET: '',
    SMTP_HOST: '',
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/** The production build the test files that start the CMS in `start` mode share. */
export const productionDistDir = '.next-production-test'

/** `next build` of the CMS into `distDir` (NEXT_DIST_DIR), for servers started in `start` mode. */
export function buildForProduction(distDir: string): void {
  execFileSync(bin('next'), ['build'], { cwd: cmsDirectory, env: { ...process.env, NEXT_DIST_DIR: distDir }, stdio: 'ignore' })
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * `buildForProduction`, unless `distDir` holds a build newer than every source of the CMS (as
 * `scripts/run` decides): several test files share one build.
 */
export function buildForProductionWhenChanged(distDir: string): void {
  const buildId = path.join(cmsDirectory, distDir, 'BUILD_ID')
  const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0
  const sources = ['src', 'next.config.ts', 'package.json', '../media/src', '../pnpm-lock.yaml'].map((source) => path.join(cmsDirectory, source))
  const changedSince = (file: string): boolean => {
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    if (!stat) return false
    if (!stat.isDirectory()) return stat.mtimeMs > built
    return fs.readdirSync(file).some((entry) => changedSince(path.join(file, entry)))
  }
  if (!built || sources.some(changedSince)) buildForProduction(distDir)
}

const bin = (name: string) => path.join(cmsDirectory, 'node_modules', '.bin', name)

/** Runs a command in `cms/` and resolves with its output; rejects with the output when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: cmsDirectory, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}:\n${output}`)),
    )
  })
}

/** Creates the schema of a fresh SQLite file from the committed migrations. */
export async function migrate(env: Record<string, string>): Promise<void> {
  await run(bin('payload'), ['migrate'], { ...process.env, ...env })
}

/** `pnpm seed`'s seeding (real documents and the demo set) on a migrated database. */
export async function seed(env: Record<string, string>): Promise<void> {
  await run(bin('payload'), ['run', 'src/seed/run.ts'], { ...process.env, ...env })
}

/** Drops a MongoDB database (the test databases are unique per run). */
export async function dropMongoDatabase(uri: string): Promise<void> {
  // mongoose comes with the MongoDB adapter; resolve it from there (pnpm keeps it out of cms/).
  const adapter = createRequire(path.join(cmsDirectory, 'package.json')).resolve('@payloadcms/db-mongodb')
  type Mongoose = {
    createConnection: (uri: string) => { asPromise: () => Promise<{ dropDatabase: () => Promise<unknown>; close: () => Promise<void> }> }
  }
  const { default: mongoose } = (await import(createRequire(adapter).resolve('mongoose'))) as { default: Mongoose }
  const connection = await mongoose.createConnection(uri).asPromise()
  try {
    await connection.dropDatabase()
  } finally {
    await connection.close()
  }
}

const tail = (file: string, lines = 60) => {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

async function waitUntilAnswering(server: CmsServer, readyPath: string, timeoutMs: number, exited: () => number | null | undefined) {
  const deadline = Date.now() + timeoutMs
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    const code = exited()
    if (code !== undefined) {
      throw new Error(`The CMS server exited (code ${code}) before answering. Its log:\n${tail(server.logFile)}`)
    }
    try {
      const response = await fetch(`${server.url}${readyPath}`, { signal: AbortSignal.timeout(60_000) })
      if (response.status === 200) return
      lastProblem = `GET ${readyPath} answered ${response.status}`
    } catch (error) {
      lastProblem = String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The CMS server did not answer within ${timeoutMs / 1000} s (${lastProblem}). Its log:\n${tail(server.logFile)}`)
}

const running = new Set<CmsServer>()

/** Signals every process of the server's group (`next dev` and the workers it started). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The whole group is gone already.
  }
}

// A test run that crashes must not leave servers behind.
process.once('exit', () => {
  for (const server of running) killGroup(server.process, 'SIGKILL')
})

/**
 * Makes a throwaway data folder, prepares its database and starts `next dev` on it; resolves when
 * `GET /api/users/me` (or `readyPath`) answers. Stop it with `stopCms`.
 */
export async function startCms(options: StartOptions = {}): Promise<CmsServer> {
  const dataDir = options.dataDir ?? makeDataDirectory()
  const port = options.port ?? (await freePort())
  const databaseURI = options.databaseURI ?? testDatabaseURI(dataDir)
  const database = isMongoURI(databaseURI) ? 'mongodb' : 'sqlite'
  // Its own temporary folder, so a test can see whether a request left temporary files behind.
  const temporaryDirectory = path.join(dataDir, 'tmp')
  fs.mkdirSync(temporaryDirectory, { recursive: true })
  const env = { ...cmsEnvironment({ dataDir, databaseURI, port }), TMPDIR: temporaryDirectory, ...options.env }
  if (!options.dataDir) {
    try {
      if (database === 'sqlite') await migrate(env)
      await options.beforeStart?.(env)
    } catch (error) {
      fs.rmSync(dataDir, { recursive: true, force: true })
      throw error
    }
  }

  const logFile = path.join(dataDir, 'server.log')
  const log = fs.openSync(logFile, 'a')
  const child = spawn(bin('next'), [options.mode ?? 'dev', '--port', String(port)], {
    cwd: cmsDirectory,
    // Its own build folder, so the tests can run beside a developer's `pnpm dev` (another user of
    // startCms running at the same time passes its own NEXT_DIST_DIR in `options.env`).
    env: { ...process.env, NEXT_DIST_DIR: '.next-test', ...env },
    // Its own process group, so stopping it also stops the workers it starts.
    detached: true,
    stdio: ['ignore', log, log],
  })
  fs.closeSync(log)
  let exitCode: number | null | undefined
  child.once('exit', (code) => (exitCode = code))

  const server: CmsServer = {
    url: `http://localhost:${port}`,
    port,
    dataDir,
    databaseURI,
    database,
    logFile,
    temporaryDirectory,
    uploadDirectory: (collection) => path.join(dataDir, 'uploads', collection),
    process: child,
  }
  running.add(server)
  try {
    await waitUntilAnswering(server, options.readyPath ?? '/api/users/me', options.startTimeoutMs ?? 300_000, () => exitCode)
  } catch (error) {
    await stopCms(server)
    throw error
  }
  return server
}

/**
 * Stops the server and everything it started, then removes its data folder (and drops its MongoDB
 * database). Set CMS_TEST_KEEP=1 to keep the folder for a look afterwards.
 */
export async function stopCms(server: CmsServer, { keepData = Boolean(process.env.CMS_TEST_KEEP) } = {}): Promise<void> {
  const child = server.process
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    killGroup(child, 'SIGTERM')
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    // Workers of the group may outlive the leader for a moment.
    killGroup(child, 'SIGKILL')
  }
  running.delete(server)
  if (server.database === 'mongodb') await dropMongoDatabase(server.databaseURI)
  if (keepData) console.log(`CMS test data kept in ${server.dataDir}`)
  else fs.rmSync(server.dataDir, { recursive: true, force: true })
}
