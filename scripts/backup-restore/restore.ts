/**
 * `scripts/restore <archive>`: brings an archive of scripts/backup back into an empty installation
 * (no database, no uploads), then migrates the database to this version's schema. Every file of
 * the archive is checked against its manifest before anything is written.
 */
import fs from 'node:fs'
import os from 'node:os'
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
  payloadCLI,
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

const usage = `scripts/restore <archive.tar.gz>

${bilingual('將 scripts/backup 的封存檔還原到空的安裝', 'Restores an archive of scripts/backup into an empty installation')}
(DATA_DIR without a database or uploads; on MongoDB, an empty database), then runs the migrations.
Every file is checked against the archive's manifest before anything is written.`

function parseArguments(args: string[]): { archive: string } {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  if (args.length !== 1 || args[0]!.startsWith('-')) refuse('請指定一個封存檔（見 --help）', 'Give one archive to restore (see --help)')
  const archive = path.resolve(args[0]!)
  if (!fs.statSync(archive, { throwIfNoEntry: false })?.isFile()) refuse(`找不到封存檔 ${archive}`, `No archive at ${archive}`)
  return { archive }
}

/** What the installation already holds; restoring over it is refused. */
async function existingContent(): Promise<string[]> {
  const found: string[] = []
  if (installation.kind === 'sqlite') {
    for (const file of [installation.sqliteFile, `${installation.sqliteFile}-wal`, `${installation.sqliteFile}-shm`]) {
      if (fs.existsSync(file)) found.push(file)
    }
  } else {
    const collections = await withMongoDatabase(installation.databaseURI, async (database) => {
      const names: string[] = []
      for (const { name } of await database.listCollections().toArray()) {
        if ((await database.collection(name).estimatedDocumentCount()) > 0) names.push(name)
      }
      return names
    })
    if (collections.length) found.push(`MongoDB ${mongoDatabaseName(installation.databaseURI)}: ${collections.join(', ')}`)
  }
  const uploads = filesUnder(installation.uploadsDirectory)
  if (uploads.length) found.push(`${installation.uploadsDirectory} (${uploads.length} files)`)
  return found
}

async function refuseUnlessEmpty() {
  const found = await existingContent()
  if (found.length) {
    refuse(
      '目標安裝不是空的，未做任何變更。還原只寫入沒有資料庫與上傳檔案的安裝（請另設 DATA_DIR，或先移走現有資料）',
      'The target installation is not empty; nothing was changed. Restore only writes into an installation without a database or uploads (set another DATA_DIR, or move the existing data away first)',
      found,
    )
  }
}

/** Checks the extracted archive against its manifest: the same files, each with its SHA-256. */
async function verify(staging: string): Promise<Manifest> {
  const manifestFile = path.join(staging, manifestName)
  if (!fs.existsSync(manifestFile)) refuse('封存檔中沒有 manifest.json，不是 scripts/backup 的封存檔', 'The archive has no manifest.json: not an archive of scripts/backup')
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  } catch {
    return refuse('封存檔的 manifest.json 已損壞', 'The archive’s manifest.json is damaged')
  }
  if (manifest.format !== manifestFormat) {
    refuse(`不支援的封存檔格式 ${manifest.format}`, `Unsupported archive format ${manifest.format} (this version reads ${manifestFormat})`)
  }
  if (manifest.database?.kind !== installation.kind) {
    refuse(
      `封存檔的資料庫是 ${manifest.database?.kind}，此安裝使用 ${installation.kind}（DATABASE_URI）`,
      `The archive holds a ${manifest.database?.kind} database; this installation uses ${installation.kind} (DATABASE_URI)`,
    )
  }
  const files = filesUnder(staging).filter((file) => file !== manifestName)
  const listed = Object.keys(manifest.sha256 ?? {}).sort()
  const problems: string[] = []
  for (const file of listed) if (!files.includes(file)) problems.push(`missing: ${file}`)
  for (const file of files) if (!(file in manifest.sha256)) problems.push(`not in the manifest: ${file}`)
  if (manifest.fileCount !== listed.length) problems.push(`the manifest counts ${manifest.fileCount} files and lists ${listed.length}`)
  for (const file of files) {
    if (file in manifest.sha256 && (await sha256OfFile(path.join(staging, file))) !== manifest.sha256[file]) problems.push(`SHA-256 differs: ${file}`)
  }
  if (problems.length) {
    refuse(
      '封存檔已損壞或被更動，未做任何變更',
      'The archive is damaged or was altered; nothing was changed',
      problems,
    )
  }
  return manifest
}

/** Moves a file into place: a rename on one file system, a copy to a temporary name and a rename across. */
function moveInto(source: string, target: string) {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  try {
    fs.renameSync(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    const temporary = `${target}.restoring`
    fs.copyFileSync(source, temporary)
    fs.renameSync(temporary, target)
  }
}

async function restoreDatabase(staging: string, manifest: Manifest) {
  if (installation.kind === 'sqlite') {
    progress.step('還原資料庫', `Restoring the SQLite database to ${installation.sqliteFile}`)
    moveInto(path.join(staging, sqliteEntry), installation.sqliteFile)
    progress.detail(formatSize(fs.statSync(installation.sqliteFile).size))
    return
  }
  const target = mongoDatabaseName(installation.databaseURI)
  progress.step('以 mongorestore 還原 MongoDB 資料庫', `Restoring the MongoDB database ${target} (mongorestore)`)
  const source = manifest.database.name ?? target
  await runProgram('mongorestore', [
    `--uri=${installation.databaseURI}`,
    `--archive=${path.join(staging, mongoEntry)}`,
    '--gzip',
    `--nsFrom=${source}.*`,
    `--nsTo=${target}.*`,
    '--quiet',
  ])
  progress.detail(`${formatSize(fs.statSync(path.join(staging, mongoEntry)).size)} dump`)
}

async function appliedMigrations(): Promise<string[]> {
  if (installation.kind === 'mongodb') {
    const rows = await withMongoDatabase(installation.databaseURI, (database) => database.collection('payload-migrations').find().sort({ name: 1 }).toArray())
    return rows.map((row) => String(row.name))
  }
  const connection = await openSQLite(installation.sqliteFile)
  try {
    return (await connection.execute('SELECT name FROM payload_migrations ORDER BY name')).rows.map((row) => String(row.name))
  } finally {
    connection.close()
  }
}

async function restore({ archive }: { archive: string }) {
  progress.step('檢查目標安裝是空的', `Checking that the installation is empty (DATA_DIR ${installation.dataDirectory})`)
  await refuseUnlessEmpty()
  if (installation.kind === 'mongodb') await requireMongoTool('mongorestore')

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'restore-'))
  try {
    progress.step('解開封存檔', `Unpacking ${archive} (${formatSize(fs.statSync(archive).size)})`)
    try {
      await runProgram('tar', ['--extract', '--gzip', `--file=${archive}`, `--directory=${staging}`, '--no-same-owner', '--no-same-permissions'])
    } catch (error) {
      refuse('封存檔無法解開（已損壞？），未做任何變更', 'The archive cannot be unpacked (damaged?); nothing was changed', [(error as Error).message])
    }

    progress.step('驗證每個檔案的 SHA-256', 'Verifying every file against the manifest (SHA-256)')
    const manifest = await verify(staging)
    progress.detail(`${manifest.fileCount} files ok, ${formatSize(totalSize(staging, filesUnder(staging)))}, made ${manifest.createdAt}`)
    if (manifest.media === 's3') {
      progress.note('此封存檔只含資料庫：媒體檔在 S3 儲存桶中，由儲存桶的版本控制還原', 'This archive holds the database only: media are in the S3 bucket, restored from the bucket’s own versioning')
    }

    // Nothing may have arrived while the archive was checked.
    await refuseUnlessEmpty()
    const uploads = filesUnder(path.join(staging, uploadsEntry))
    if (uploads.length) {
      progress.step('還原上傳檔案', `Restoring ${uploads.length} uploaded files to ${installation.uploadsDirectory}`)
      for (const file of uploads) moveInto(path.join(staging, uploadsEntry, file), path.join(installation.uploadsDirectory, file))
      progress.detail(formatSize(totalSize(installation.uploadsDirectory, uploads)))
    }
    const secret = path.join(staging, secretEntry)
    if (fs.existsSync(secret) && !process.env.PAYLOAD_SECRET) {
      // Sessions and issued API keys are sealed with it; nothing in an empty installation needs its own.
      fs.mkdirSync(installation.dataDirectory, { recursive: true })
      fs.copyFileSync(secret, installation.secretFile)
      fs.chmodSync(installation.secretFile, 0o600)
    }
    await restoreDatabase(staging, manifest)
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }

  progress.step('執行資料庫遷移', 'Migrating the database to this version (payload migrate)')
  const before = await appliedMigrations()
  await payloadCLI(['migrate'])
  const after = await appliedMigrations()
  const added = after.filter((name) => !before.includes(name))
  progress.detail(added.length ? `applied ${added.join(', ')}` : `up to date (${after.length} migrations)`)
  console.log(`✓ ${bilingual('還原完成', 'Restore complete')}: ${installation.dataDirectory}`)
}

await runScript(() => restore(parseArguments(process.argv.slice(2))))
