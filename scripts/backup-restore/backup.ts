/**
 * `scripts/backup [--output <file>]`: one archive of this installation's database and uploads,
 * taken while the CMS runs. See archive.ts for what the archive holds.
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  bilingual,
  filesUnder,
  formatSize,
  installation,
  type Manifest,
  manifestFormat,
  manifestName,
  mongoDatabaseName,
  mongoEntry,
  openSQLite,
  progress,
  refuse,
  requireMongoTool,
  runProgram,
  runScript,
  secretEntry,
  sha256OfFile,
  sqliteEntry,
  totalSize,
  uploadsEntry,
  withMongoDatabase,
} from './archive'

const usage = `scripts/backup [--output <file.tar.gz>] [--keep <n>]

${bilingual('備份資料庫與所有上傳檔案為一個封存檔', 'Writes one archive of the database and every uploaded file')}
(SQLite: online copy while the CMS runs; MongoDB: mongodump). Default output:
  $DATA_DIR/backups/backup-<UTC date and time>.tar.gz
--keep <n>  then deletes all but the newest n backup-*.tar.gz in the archive's folder
Restore it with scripts/restore <archive>.`

type Options = { output: string; keep?: number }

function parseArguments(args: string[]): Options {
  let output: string | undefined
  let keep: number | undefined
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--help' || arg === '-h') {
      console.log(usage)
      process.exit(0)
    } else if (arg === '--output' || arg === '-o') {
      output = args[++index] ?? refuse('--output 後面要接檔名', '--output needs a file name')
    } else if (arg === '--keep') {
      keep = Number(args[++index])
      if (!Number.isInteger(keep) || keep < 1) refuse('--keep 後面要接正整數', '--keep needs a whole number of at least 1')
    } else {
      refuse(`不明的參數 ${arg}（見 --help）`, `Unknown argument ${arg} (see --help)`)
    }
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return { output: path.resolve(output ?? path.join(installation.dataDirectory, 'backups', `backup-${stamp}.tar.gz`)), keep }
}

/** Deletes all but the newest `keep` archives named backup-*.tar.gz in `directory` (their names sort by time). */
function pruneArchives(directory: string, keep: number) {
  const archives = fs.readdirSync(directory).filter((name) => /^backup-.*\.tar\.gz$/.test(name)).sort()
  for (const name of archives.slice(0, Math.max(0, archives.length - keep))) {
    fs.rmSync(path.join(directory, name))
    progress.detail(`${bilingual('已刪除舊封存檔', 'deleted old archive')} ${name}`)
  }
}

/**
 * SQLite's VACUUM INTO writes a consistent copy from one read transaction, through the CMS's own
 * libsql client; in WAL mode writers carry on meanwhile. A file copy of a live WAL database could
 * miss commits still in the -wal file or catch a page half-checkpointed.
 */
async function copySQLite(target: string): Promise<string[]> {
  if (!fs.existsSync(installation.sqliteFile)) {
    refuse(`找不到資料庫 ${installation.sqliteFile}`, `No database at ${installation.sqliteFile}`)
  }
  const connection = await openSQLite(installation.sqliteFile)
  try {
    await connection.execute('PRAGMA busy_timeout = 10000')
    await connection.execute(`VACUUM INTO '${target.replaceAll("'", "''")}'`)
  } finally {
    connection.close()
  }
  const copy = await openSQLite(target)
  try {
    const check = await copy.execute('PRAGMA integrity_check')
    if (check.rows[0]?.integrity_check !== 'ok') refuse('資料庫副本未通過完整性檢查', `The database copy fails its integrity check: ${JSON.stringify(check.rows)}`)
    const migrations = await copy.execute('SELECT name FROM payload_migrations ORDER BY name')
    return migrations.rows.map((row) => String(row.name))
  } finally {
    copy.close()
  }
}

async function dumpMongoDB(target: string): Promise<string[]> {
  await requireMongoTool('mongodump')
  await runProgram('mongodump', [`--uri=${installation.databaseURI}`, `--archive=${target}`, '--gzip', '--quiet'])
  const migrations = await withMongoDatabase(installation.databaseURI, (database) =>
    database.collection('payload-migrations').find().sort({ name: 1 }).toArray(),
  )
  return migrations.map((migration) => String(migration.name))
}

/**
 * Uploads are linked into the staging folder rather than copied when they are on the same file
 * system: instant, no extra space, and a file replaced meanwhile keeps the content being archived.
 */
function stageUploads(staging: string): number {
  const files = filesUnder(installation.uploadsDirectory)
  for (const file of files) {
    const source = path.join(installation.uploadsDirectory, file)
    const target = path.join(staging, uploadsEntry, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    try {
      fs.linkSync(source, target)
    } catch {
      fs.copyFileSync(source, target)
    }
  }
  return files.length
}

async function backup({ output, keep }: Options) {
  fs.mkdirSync(path.dirname(output), { recursive: true })
  // Everything is assembled beside the archive and renamed into place only when complete.
  const staging = fs.mkdtempSync(path.join(path.dirname(output), '.backup-staging-'))
  const partial = `${output}.partial`
  const cleanUp = () => {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(partial, { force: true })
  }
  // Stopped by hand or by systemd: nothing half-made stays behind either.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanUp()
      process.exit(1)
    })
  }
  try {
    fs.mkdirSync(path.join(staging, 'database'))
    let migrations: string[]
    if (installation.kind === 'sqlite') {
      progress.step('複製資料庫（線上備份，CMS 可繼續寫入）', `Copying the SQLite database online (VACUUM INTO) from ${installation.sqliteFile}`)
      migrations = await copySQLite(path.join(staging, sqliteEntry))
      progress.detail(`${formatSize(fs.statSync(path.join(staging, sqliteEntry)).size)}, ${migrations.length} migrations, integrity ok`)
    } else {
      progress.step('以 mongodump 匯出 MongoDB 資料庫', `Dumping the MongoDB database ${mongoDatabaseName(installation.databaseURI)} (mongodump --archive --gzip)`)
      migrations = await dumpMongoDB(path.join(staging, mongoEntry))
      progress.detail(`${formatSize(fs.statSync(path.join(staging, mongoEntry)).size)}, ${migrations.length} migrations`)
    }

    if (installation.usesS3) {
      progress.note(
        '媒體檔存放在 S3 儲存桶，由儲存桶的版本控制備份；本封存檔只含資料庫',
        'Media are kept in the S3 bucket and backed up by the bucket’s own versioning; this archive holds the database only',
      )
    } else {
      progress.step('收集上傳檔案', `Collecting uploads from ${installation.uploadsDirectory}`)
      const count = stageUploads(staging)
      progress.detail(`${count} files, ${formatSize(totalSize(path.join(staging, uploadsEntry), filesUnder(path.join(staging, uploadsEntry))))}`)
    }

    if (process.env.PAYLOAD_SECRET) {
      progress.note('PAYLOAD_SECRET 由環境變數提供：請與封存檔分開妥善保存', 'PAYLOAD_SECRET comes from the environment: keep it safe apart from the archive')
    } else if (fs.existsSync(installation.secretFile)) {
      fs.mkdirSync(path.join(staging, path.dirname(secretEntry)))
      fs.copyFileSync(installation.secretFile, path.join(staging, secretEntry))
    }

    progress.step('計算每個檔案的 SHA-256', 'Hashing every file (SHA-256)')
    const files = filesUnder(staging)
    const sha256: Record<string, string> = {}
    for (const file of files) sha256[file] = await sha256OfFile(path.join(staging, file))
    const manifest: Manifest = {
      format: manifestFormat,
      createdAt: new Date().toISOString(),
      database: { kind: installation.kind, ...(installation.kind === 'mongodb' ? { name: mongoDatabaseName(installation.databaseURI) } : {}) },
      migrations,
      media: installation.usesS3 ? 's3' : 'disk',
      fileCount: files.length,
      sha256,
    }
    fs.writeFileSync(path.join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
    progress.detail(`${files.length} files, ${formatSize(totalSize(staging, files))}`)

    progress.step('寫入封存檔', `Writing the archive (tar.gz)`)
    const entries = fs.readdirSync(staging).sort((a, b) => (a === manifestName ? -1 : b === manifestName ? 1 : a.localeCompare(b)))
    await runProgram('tar', ['--create', '--gzip', `--file=${partial}`, `--directory=${staging}`, '--', ...entries])
    // It holds password hashes and the session secret: for the owner only.
    fs.chmodSync(partial, 0o600)
    const written = fs.openSync(partial, 'r')
    fs.fsyncSync(written)
    fs.closeSync(written)
    fs.renameSync(partial, output)
    if (keep) pruneArchives(path.dirname(output), keep)
    console.log(`✓ ${bilingual('備份完成', 'Backup written')}: ${output} (${formatSize(fs.statSync(output).size)})`)
  } finally {
    cleanUp()
  }
}

await runScript(() => backup(parseArguments(process.argv.slice(2))))
