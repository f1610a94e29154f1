/** `pnpm --filter cms snapshot`: exports the published content for the site build (run by `payload run`). */
import path from 'node:path'

import { getPayload } from 'payload'

import { snapshotDirectory } from '../environment'
import config from '../payload.config'
import { exportSnapshot } from './exportSnapshot'

const started = Date.now()
const payload = await getPayload({ config })
const folder = path.resolve(process.argv[2] ?? snapshotDirectory)
console.log(`› 匯出已發布內容／Exporting published content to ${folder}`)
const { documents, files } = await exportSnapshot(payload, folder, (message) => console.log(`  ${message}`))
console.log(`✓ ${documents} documents, ${files} files in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exit(0)
