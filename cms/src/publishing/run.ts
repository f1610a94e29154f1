/** `pnpm --filter cms publish:site`: builds the portal from the published content and makes it live (run by `payload run`). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { liveLink } from './releases'
import { buildNow } from './siteBuildQueue'

const payload = await getPayload({ config })
console.log('› 建置入口網站／Building the portal from the published content')
const build = await buildNow(payload, (line) => console.log(`  ${line}`))
if (build.status !== 'live') {
  console.error(`✗ 建置失敗，線上版本不變／The build failed; the live portal is unchanged.\n${build.error ?? ''}`)
  process.exit(1)
}
console.log(`✓ ${build.pages} pages live in ${build.durationSeconds} s: ${liveLink()} → releases/${build.release}`)
process.exit(0)
