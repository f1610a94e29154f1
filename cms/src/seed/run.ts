/** `pnpm seed`: run by `payload run`, which loads the config and environment first. */
import config from '../payload.config'
import { getPayload } from 'payload'

import { seed } from './index'

const started = Date.now()
const payload = await getPayload({ config })
console.log('› 匯入內容（真實文件與示範資料）／Seeding real documents and demo data')
await seed(payload)
console.log(`✓ 完成／Done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exit(0)
