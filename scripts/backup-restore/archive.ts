/**
 * What backup and restore share: the archive's layout and manifest, where this installation keeps
 * its database and uploads, hashing, progress lines, and the database tools they run.
 *
 * An archive is a gzipped tar of:
 *   manifest.json         format, creation time, database kind, applied migrations, SHA-256 of every file
 *   database/platform.db  SQLite: an online copy (VACUUM INTO)
 *   database/mongodb.archive.gz   MongoDB: `mongodump --archive --gzip`
 *   uploads/<collection>/…        every uploaded file (MEDIA_DIR, by default DATA_DIR/uploads)
 *   secret/payload-secret         the generated PAYLOAD_SECRET kept in DATA_DIR, when there is one
 */
import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { cmsDirectory, dataDirectory, databaseURI, isMongoDB, s3, uploadDirectory } from '../../cms/src/environment'

export const manifestName = 'manifest.json'
export const manifestFormat = 1
export const sqliteEntry = 'database/platform.db'
export const mongoEntry = 'database/mongodb.archive.gz'
export const uploadsEntry = 'uploads'
export const secretEntry = 'secret/payload-secret'

export type Manifest = {
  format: number
  createdAt: string
  database: { kind: 'sqlite' | 'mongodb'; name?: string }
  /** Names of the migrations the database had run, oldest first. */
  migrations: string[]
  /** Uploads in the archive: `disk` when they are, `s3` when the bucket keeps them. */
  media: 'disk' | 's3'
  /** Files in the archive besides the manifest. */
  fileCount: number
  /** Archive path → SHA-256 (hex) of its content. */
  sha256: Record<string, string>
}

/** Where this installation keeps what an archive holds. */
export const installation = {
  dataDirectory,
  databaseURI,
  kind: isMongoDB ? ('mongodb' as const) : ('sqlite' as const),
  /** The SQLite file of DATABASE_URI (`file:…`). */
  sqliteFile: path.resolve(databaseURI.replace(/^file:/, '')),
  uploadsDirectory: path.dirname(uploadDirectory('collection')),
  secretFile: path.join(dataDirectory, '.payload-secret'),
  usesS3: Boolean(s3),
  cmsDirectory,
}

/** The database name in a MongoDB URI (`mongodb://host/name?…`). */
export const mongoDatabaseName = (uri: string) => /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]*)/.exec(uri)?.[1] || 'test'

/** A bilingual line: Traditional Chinese first, then English. */
export const bilingual = (zh: string, en: string) => `${zh}／${en}`

/** An error that ends the script with its message (no stack trace) and a non-zero exit code. */
export class Refusal extends Error {}
/** Refuses with a bilingual message, then the details (file names, problems) one per line. */
export const refuse = (zh: string, en: string, details: string[] = []): never => {
  throw new Refusal([bilingual(zh, en), ...details].join('\n    '))
}

/** Runs `main`, printing a refusal or failure plainly and exiting 1. */
export async function runScript(main: () => Promise<void>) {
  try {
    await main()
  } catch (error) {
    console.error(`✗ ${error instanceof Refusal ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  }
}

const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

/** Progress: what is being done, and when it is done, its size and the time since the start. */
export const progress = {
  step: (zh: string, en: string) => console.log(`› ${bilingual(zh, en)}`),
  detail: (text: string) => console.log(`  ${text}  [${elapsed()}]`),
  note: (zh: string, en: string) => console.log(`  ! ${bilingual(zh, en)}`),
}

export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let size = bytes
  let unit = 0
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024
    unit++
  }
  return `${unit === 0 ? size : size.toFixed(1)} ${units[unit]}`
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every regular file under `directory`, as paths relative to it with `/` separators, sorted. */
export function filesUnder(directory: string): string[] {
  if (!fs.existsSync(directory)) return []
  return (fs.readdirSync(directory, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export const totalSize = (directory: string, files: string[]) =>
  files.reduce((sum, file) => sum + fs.statSync(path.join(directory, file)).size, 0)

/** Runs a program to completion; rejects with its output when it fails. */
export function runProgram(program: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${program} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`.trim()))
      else resolve(stdout)
    })
  })
}

/** Whether a program is on PATH. */
export function onPath(program: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = spawn(program, ['--version'], { stdio: 'ignore' })
    probe.on('error', () => resolve(false))
    probe.on('close', () => resolve(true))
  })
}

/** mongodump and mongorestore come with MongoDB's Database Tools; say what to install when they are missing. */
export async function requireMongoTool(tool: 'mongodump' | 'mongorestore') {
  if (!(await onPath(tool))) {
    refuse(
      `找不到 ${tool}：請安裝 MongoDB Database Tools（Debian 套件 mongodb-database-tools，https://www.mongodb.com/try/download/database-tools），讓 ${tool} 在 PATH 上`,
      `${tool} is not on PATH: install the MongoDB Database Tools (Debian package mongodb-database-tools, https://www.mongodb.com/try/download/database-tools)`,
    )
  }
}

type SQLiteConnection = {
  execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
  close: () => void
}

/** A connection through the libsql client the CMS itself uses (a dependency of the CMS package, not of scripts/). */
export async function openSQLite(file: string): Promise<SQLiteConnection> {
  type Libsql = { createClient: (config: { url: string }) => SQLiteConnection }
  const { createClient } = (await import(createRequire(path.join(cmsDirectory, 'package.json')).resolve('@libsql/client'))) as Libsql
  return createClient({ url: `file:${file}` })
}

type MongoDatabase = {
  listCollections: () => { toArray: () => Promise<{ name: string }[]> }
  collection: (name: string) => {
    find: (filter?: object) => { sort: (sort: object) => { toArray: () => Promise<Record<string, unknown>[]> } }
    estimatedDocumentCount: () => Promise<number>
  }
}

/** Works on the MongoDB database of `uri` with mongoose's driver (it comes with the CMS's MongoDB adapter). */
export async function withMongoDatabase<T>(uri: string, work: (database: MongoDatabase) => Promise<T>): Promise<T> {
  const adapter = createRequire(path.join(cmsDirectory, 'package.json')).resolve('@payloadcms/db-mongodb')
  type Mongoose = { createConnection: (uri: string) => { asPromise: () => Promise<{ db: MongoDatabase; close: () => Promise<void> }> } }
  const { default: mongoose } = (await import(createRequire(adapter).resolve('mongoose'))) as { default: Mongoose }
  const connection = await mongoose.createConnection(uri).asPromise()
  try {
    return await work(connection.db)
  } finally {
    await connection.close()
  }
}

/** The payload CLI of the CMS package, run with this process's environment (DATA_DIR, DATABASE_URI…). */
export const payloadCLI = (args: string[]) =>
  runProgram(path.join(cmsDirectory, 'node_modules/.bin/payload'), args, { cwd: cmsDirectory, env: process.env })
