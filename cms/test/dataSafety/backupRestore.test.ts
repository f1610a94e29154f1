/**
 * Backup and restore with the real scripts: the seeded platform is backed up while its CMS runs
 * and an editor keeps writing, the data folder is wiped, and the archive restored into it gives
 * back the same content and the same media files. A non-empty installation and a damaged archive
 * are refused before anything is written.
 */
import { execFile, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createFirstAdmin } from '../support/accounts'
import {
  buildForProductionWhenChanged,
  type CmsServer,
  cmsDirectory,
  cmsEnvironment,
  dropMongoDatabase,
  productionDistDir,
  seed,
  startCms,
  stopCms,
  testDatabaseURI,
} from '../support/cmsServer'
import { request } from '../support/http'

const scripts = path.join(cmsDirectory, '..', 'scripts')
const onMongoDB = testDatabaseURI('').startsWith('mongodb')
const missingMongoTools = onMongoDB ? ['mongodump', 'mongorestore'].filter((tool) => spawnSync(tool, ['--version']).error) : []
if (missingMongoTools.length) console.warn(`Backup and restore on MongoDB skipped: ${missingMongoTools.join(' and ')} not on PATH (MongoDB Database Tools)`)

type Outcome = { code: number; output: string }

/** Runs scripts/backup or scripts/restore with an installation's environment. */
function runScript(name: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(path.join(scripts, name), args, { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    )
  })
}

/**
 * Everything in the database as deterministic JSON (test/support/exportContent.ts), by collection.
 * Asynchronous: blocked for its duration, this process would miss the server closing idle
 * keep-alive connections, and the next request would go out on a closed one.
 */
async function exportContent(env: Record<string, string>): Promise<Record<string, unknown>> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'export-')), 'content.json')
  await new Promise<void>((resolve, reject) =>
    execFile(
      path.join(cmsDirectory, 'node_modules/.bin/payload'),
      ['run', 'test/support/exportContent.ts', file],
      { cwd: cmsDirectory, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`The export failed:\n${stdout}${stderr}`)) : resolve()),
    ),
  )
  const content = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  fs.rmSync(path.dirname(file), { recursive: true })
  return content
}

/** SHA-256 of every file under `directory`, by relative path. */
function hashes(directory: string): Record<string, string> {
  if (!fs.existsSync(directory)) return {}
  const files = (fs.readdirSync(directory, { recursive: true }) as string[]).filter((file) => fs.statSync(path.join(directory, file)).isFile()).sort()
  return Object.fromEntries(files.map((file) => [file, createHash('sha256').update(fs.readFileSync(path.join(directory, file))).digest('hex')]))
}

/** The export without any record that mentions one of `ids` (a document, its versions, its audit entries). */
function without(content: Record<string, unknown>, ids: string[]) {
  const mentions = (record: unknown) => ids.some((id) => JSON.stringify(record).includes(id))
  return Object.fromEntries(Object.entries(content).map(([key, value]) => [key, Array.isArray(value) ? value.filter((record) => !mentions(record)) : value]))
}

describe.skipIf(missingMongoTools.length > 0)('Backup and restore', () => {
  let server: CmsServer
  let env: Record<string, string>
  let archive: string
  let contentBefore: Record<string, unknown>
  let mediaBefore: Record<string, string>
  /** Links an editor created while the backup ran, in order, with their ids. */
  const writtenDuringBackup: string[] = []
  const workDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-test-'))

  beforeAll(async () => {
    buildForProductionWhenChanged(productionDistDir)
    // No job runner: the seed queues image jobs, and their progress would change the content
    // between the export taken before the backup and the backup's own copy.
    server = await startCms({ mode: 'start', env: { NODE_ENV: 'production', NEXT_DIST_DIR: productionDistDir, JOB_RUNNER: 'off' }, beforeStart: seed })
    // The installation as the scripts see it (the server's own address is not part of it).
    env = cmsEnvironment({ dataDir: server.dataDir, databaseURI: server.databaseURI })
  })

  afterAll(async () => {
    if (server) await stopCms(server)
    fs.rmSync(workDirectory, { recursive: true, force: true })
  })

  test('backs up the running CMS while an editor writes', async () => {
    const token = await createFirstAdmin(server.url)
    contentBefore = await exportContent(env)
    mediaBefore = hashes(server.uploadDirectory(''))
    expect(Object.keys(mediaBefore).length).toBeGreaterThan(100)

    archive = path.join(workDirectory, 'platform.tar.gz')
    const backup = runScript('backup', ['--output', archive], env)
    let finished = false
    void backup.then(() => (finished = true))
    try {
      for (let index = 0; !finished; index++) {
        const reply = await request(`${server.url}/api/links`, {
          token,
          json: { title: `備份中寫入 ${index}`, url: 'https://www.edu.tw', group: 'government' },
        })
        expect(reply.status).toBe(201)
        writtenDuringBackup.push(reply.body.doc.id)
      }
    } finally {
      // Even when a write fails, the later tests must not start beside a backup still running.
      await backup
    }
    const outcome = await backup
    expect(outcome.output).toContain(archive)
    expect(outcome.code).toBe(0)
    expect(writtenDuringBackup.length).toBeGreaterThan(0)
    expect(fs.readdirSync(workDirectory)).toEqual(['platform.tar.gz'])
  }, 300_000)

  test('refuses to restore into an installation that is not empty, and changes nothing', async () => {
    await stopCms(server, { keepData: true })
    const before = hashes(server.dataDir)
    const outcome = await runScript('restore', [archive], env)
    expect(outcome.code).not.toBe(0)
    expect(outcome.output).toContain('The target installation is not empty; nothing was changed')
    expect(hashes(server.dataDir)).toEqual(before)
  }, 120_000)

  test('refuses an archive with one byte changed in a media file, before writing anything', async () => {
    const unpacked = path.join(workDirectory, 'unpacked')
    fs.mkdirSync(unpacked)
    spawnSync('tar', ['-xzf', archive, '-C', unpacked])
    const mediaFile = Object.keys(hashes(path.join(unpacked, 'uploads')))[0]!
    const bytes = fs.readFileSync(path.join(unpacked, 'uploads', mediaFile))
    const middle = Math.floor(bytes.length / 2)
    bytes[middle] = bytes[middle]! ^ 0x01
    fs.writeFileSync(path.join(unpacked, 'uploads', mediaFile), bytes)
    const damaged = path.join(workDirectory, 'damaged.tar.gz')
    spawnSync('tar', ['-czf', damaged, '-C', unpacked, '.'])

    const emptyDataDir = path.join(workDirectory, 'empty')
    const emptyEnv = cmsEnvironment({ dataDir: emptyDataDir, databaseURI: onMongoDB ? testDatabaseURI(emptyDataDir) : `file:${emptyDataDir}/test.db` })
    const outcome = await runScript('restore', [damaged], emptyEnv)
    expect(outcome.code).not.toBe(0)
    expect(outcome.output).toContain(`SHA-256 differs: uploads/${mediaFile}`)
    expect(fs.existsSync(emptyDataDir)).toBe(false)
    if (onMongoDB) await dropMongoDatabase(emptyEnv.DATABASE_URI)
  }, 120_000)

  test('restores into the wiped installation the same content and media', async () => {
    fs.rmSync(server.dataDir, { recursive: true })
    if (onMongoDB) await dropMongoDatabase(server.databaseURI)
    const outcome = await runScript('restore', [archive], env)
    expect(outcome.output).toContain('Restore complete')
    expect(outcome.code).toBe(0)

    expect(hashes(server.uploadDirectory(''))).toEqual(mediaBefore)
    const contentAfter = await exportContent(env)
    // The copy is of one moment: the links written before it, none written after.
    const restoredLinks = (contentAfter['collection:links'] as { id: string }[]).map((link) => link.id)
    const kept = writtenDuringBackup.filter((id) => restoredLinks.includes(id))
    expect(kept).toEqual(writtenDuringBackup.slice(0, kept.length))
    console.log(`${writtenDuringBackup.length} links written during the backup, the first ${kept.length} of them before its copy of the database`)
    expect(without(contentAfter, writtenDuringBackup)).toEqual(contentBefore)
  }, 300_000)
})
