/**
 * Editors at work during the load: the contractor and the northern and southern conveners, signed
 * in over REST, each in a loop of the saves an editor makes: a news item written as a draft, saved
 * again and published, and a change to one of its published exemplar cases saved as a draft and
 * then published. Every publish asks the portal builder for a build.
 */
import { performance } from 'node:perf_hooks'

import { login } from '../../../cms/test/support/accounts'
import { request } from '../../../cms/test/support/http'

type Region = 'north' | 'south'
type Editor = { name: string; token: string; region?: Region; caseId: string }

const password = 'load-test-editor-passphrase-2026'
/**
 * Between one save of an editor and the next: far quicker than people work, so writes never stop,
 * yet each editor leaves the CMS time for readers as a person at a keyboard would.
 */
export const pauseBetweenSavesMs = 1000

/** What the editors did: how long each write took (ms) and why the failed ones failed. */
export type Writes = { durations: number[]; errors: string[] }

/** Creates the editors' accounts as the administrator and signs them in. */
export async function signInEditors(cmsURL: string, adminToken: string): Promise<Editor[]> {
  const run = Date.now().toString(36)
  const accounts: Array<{ name: string; role: string; region?: Region }> = [
    { name: 'contractor', role: 'contractor' },
    { name: 'convener-north', role: 'convener', region: 'north' },
    { name: 'convener-south', role: 'convener', region: 'south' },
  ]
  return Promise.all(
    accounts.map(async ({ name, role, region }) => {
      const email = `${name}-${run}@career.test`
      const created = await request(`${cmsURL}/api/users`, { token: adminToken, json: { name: `負載測試 ${name}`, email, password, role, region } })
      if (created.status !== 201) throw new Error(`Creating the ${name} account answered ${created.status}: ${created.text.slice(0, 300)}`)
      const token = await login(cmsURL, { email, password })
      // The contractor edits a case of the region no convener here has.
      const caseRegion = region ?? 'central'
      const cases = await request(
        `${cmsURL}/api/cases?where[region][equals]=${caseRegion}&where[_status][equals]=published&limit=1&depth=0`,
        { token },
      )
      const caseId = cases.body?.docs?.[0]?.id as string | undefined
      if (!caseId) throw new Error(`No published exemplar case of the ${caseRegion} region for ${name} to edit: ${cases.text.slice(0, 300)}`)
      return { name, token, region, caseId }
    }),
  )
}

/** Every editor saves in a loop until `stop` is called; `stop` resolves when their last saves are done. */
export function keepEditing(cmsURL: string, editors: Editor[]) {
  const writes: Writes = { durations: [], errors: [] }
  let stopping = false
  // Titles (and the slugs made from them) stay unique from one run of the loop to the next.
  const batch = Date.now().toString(36)

  /** One save after a pause; undefined when it failed or the run ended (the rest of the round depends on it). */
  const save = async (editor: Editor, what: string, method: 'POST' | 'PATCH', route: string, json: Record<string, unknown>) => {
    await new Promise((resolve) => setTimeout(resolve, pauseBetweenSavesMs))
    if (stopping) return undefined
    const started = performance.now()
    try {
      const reply = await request(`${cmsURL}/api${route}`, { method, token: editor.token, json })
      writes.durations.push(performance.now() - started)
      if (reply.status < 300) return reply.body.doc as { id: string }
      writes.errors.push(`${editor.name}, ${what}: HTTP ${reply.status} ${reply.text.slice(0, 300)}`)
    } catch (error) {
      writes.durations.push(performance.now() - started)
      writes.errors.push(`${editor.name}, ${what}: ${error instanceof Error ? error.message : error}`)
    }
    return undefined
  }

  const round = async (editor: Editor, number: number) => {
    const title = `負載測試消息 ${editor.name} ${batch}-${number}`
    const news = await save(editor, 'news draft', 'POST', '/news?draft=true&depth=0', {
      title,
      category: 'announcement',
      summary: '草稿',
      region: editor.region,
      _status: 'draft',
    })
    if (!news) return
    if (!(await save(editor, 'news draft saved again', 'PATCH', `/news/${news.id}?draft=true&depth=0`, { summary: '草稿，第二版' }))) return
    if (!(await save(editor, 'news published', 'PATCH', `/news/${news.id}?depth=0`, { summary: '已發佈', _status: 'published' }))) return
    const summary = `跨校合作的系列活動（負載測試第 ${number} 次修訂）。`
    if (!(await save(editor, 'case draft', 'PATCH', `/cases/${editor.caseId}?draft=true&depth=0`, { summary }))) return
    await save(editor, 'case published', 'PATCH', `/cases/${editor.caseId}?depth=0`, { summary, _status: 'published' })
  }

  const loops = editors.map(async (editor) => {
    for (let number = 1; !stopping; number++) await round(editor, number)
  })
  return {
    writes,
    stop: async () => {
      stopping = true
      await Promise.all(loops)
      return writes
    },
  }
}
