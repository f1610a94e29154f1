/**
 * Crash safety of the embedded database: the production CMS is killed (SIGKILL, with its worker)
 * at a random moment of a burst of concurrent writes, twenty times. After each restart every write
 * it had acknowledged is there with the content acknowledged, and SQLite finds the file intact.
 */
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createFirstAdmin, login } from '../support/accounts'
import { buildForProductionWhenChanged, type CmsServer, productionDistDir, startCms, stopCms, testDatabaseURI } from '../support/cmsServer'
import { request } from '../support/http'

const production = { NODE_ENV: 'production', NEXT_DIST_DIR: productionDistDir }
const rounds = 20
/** Editors writing at the same time, each creating links and updating its own. */
const writers = 4

/** What the server acknowledged, per link: its title; and an update sent but never answered. */
type Link = { acknowledged: string; unanswered?: string }

async function integrityCheck(databaseURI: string): Promise<string> {
  const connection = createClient({ url: databaseURI })
  try {
    return String((await connection.execute('PRAGMA integrity_check')).rows[0]?.integrity_check)
  } finally {
    connection.close()
  }
}

/** The live processes of a process group: the server and the background worker it started. */
function groupMembers(group: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // Fields after the command name (which may hold spaces): state, parent, process group.
        const [state, , processGroup] = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ')
        return Number(processGroup) === group && state !== 'Z'
      } catch {
        return false // It ended meanwhile.
      }
    })
    .map(Number)
}

/** Acknowledged writes, for the summary. */
const acknowledgedWrites = { creates: 0, updates: 0 }

/**
 * One editor's writes until the server stops answering: creates, and updates of its own links
 * (`own`, from earlier rounds too); no other editor touches those, so each has at most one
 * unanswered update.
 */
async function write(url: string, token: string, writer: string, own: string[], links: Map<string, Link>, onAcknowledged: () => void) {
  for (let index = 0; ; index++) {
    const title = `當機測試 ${writer}-${index}`
    const id = own.length >= 2 && Math.random() < 0.5 ? own[Math.floor(Math.random() * own.length)]! : undefined
    if (id) links.get(id)!.unanswered = title
    let reply
    try {
      reply = id
        ? await request(`${url}/api/links/${id}`, { method: 'PATCH', token, json: { title } })
        : await request(`${url}/api/links`, { token, json: { title, url: 'https://www.edu.tw', group: 'government' } })
    } catch {
      return // The server is gone.
    }
    if (reply.status < 200 || reply.status > 299) throw new Error(`${id ? 'PATCH' : 'POST'} answered ${reply.status}: ${reply.text.slice(0, 300)}`)
    const answered = reply.body.doc.id as string
    links.set(answered, { acknowledged: title })
    if (!id) own.push(answered)
    acknowledgedWrites[id ? 'updates' : 'creates']++
    onAcknowledged()
  }
}

/** Every acknowledged link is there with its acknowledged title (or the later one whose answer the crash cut off). */
async function expectAcknowledgedWrites(url: string, token: string, links: Map<string, Link>) {
  const reply = await request(`${url}/api/links?pagination=false&depth=0&locale=zh-TW`, { token })
  expect(reply.status).toBe(200)
  const stored = new Map<string, string>((reply.body.docs as { id: string; title: string }[]).map((doc) => [doc.id, doc.title]))
  for (const [id, link] of links) {
    expect(stored.has(id), `link ${id} (${link.acknowledged}) is gone`).toBe(true)
    expect([link.acknowledged, link.unanswered]).toContain(stored.get(id))
    // Whichever the database kept is what later rounds must find.
    links.set(id, { acknowledged: stored.get(id)! })
  }
}

describe.skipIf(testDatabaseURI('').startsWith('mongodb'))('Crash safety (SQLite)', () => {
  let server: CmsServer | undefined

  beforeAll(() => buildForProductionWhenChanged(productionDistDir))

  afterAll(async () => {
    if (server) await stopCms(server)
  })

  test(`every acknowledged write survives kill -9 during a burst of writes, ${rounds} times`, async () => {
    server = await startCms({ mode: 'start', env: production })
    const { dataDir, databaseURI } = server
    await createFirstAdmin(server.url)
    const links = new Map<string, Link>()
    let roundsWithWorker = 0

    for (let round = 1; round <= rounds; round++) {
      if (round > 1) server = await startCms({ dataDir, databaseURI, mode: 'start', env: production })
      const token = await login(server.url)
      await expectAcknowledgedWrites(server.url, token, links)

      const writesBefore = acknowledgedWrites.creates + acknowledgedWrites.updates
      let firstAcknowledged!: () => void
      const burstStarted = new Promise<void>((resolve) => (firstAcknowledged = resolve))
      const ownLinks = (writer: number) => [...links.keys()].filter((_, index) => index % writers === writer)
      const burst = Promise.all(
        Array.from({ length: writers }, (_, writer) => write(server!.url, token, `${round}.${writer}`, ownLinks(writer), links, firstAcknowledged)),
      )
      await burstStarted
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 1500))
      // The server and its background worker: every process of its group.
      const group = server.process.pid!
      if (groupMembers(group).length > 1) roundsWithWorker++
      const exited = new Promise((resolve) => server!.process.once('exit', resolve))
      process.kill(-group, 'SIGKILL')
      await exited
      // SIGKILL reaches each process of the group on its own: one in the middle of a sync ends just after.
      for (let waited = 0; groupMembers(group).length && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
      expect(groupMembers(group)).toEqual([])
      await burst
      await stopCms(server, { keepData: true })
      expect(acknowledgedWrites.creates + acknowledgedWrites.updates).toBeGreaterThan(writesBefore)

      expect(await integrityCheck(databaseURI)).toBe('ok')
    }

    server = await startCms({ dataDir, databaseURI, mode: 'start', env: production })
    await expectAcknowledgedWrites(server.url, await login(server.url), links)
    console.log(
      `${acknowledgedWrites.creates} creates and ${acknowledgedWrites.updates} updates acknowledged over ${rounds} crashes; ` +
        `the background worker was killed with the server in ${roundsWithWorker} of them`,
    )
  }, 900_000)
})
