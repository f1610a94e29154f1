/**
 * Writes everything the database holds as deterministic JSON to the file named by the first
 * argument: every collection (drafts and trashed documents included) with its versions, every global
 * with its versions, hidden fields included; documents sorted by id, keys sorted. Only the
 * accounts' sessions are left out: they change whenever someone signs in.
 *
 *   payload run test/support/exportContent.ts <file>   (from cms/, with the installation's environment)
 */
import fs from 'node:fs'
import { getPayload } from 'payload'

import config from '../../src/payload.config'

const target = process.argv[2]
if (!target) throw new Error('Give the file to write the export to')

const payload = await getPayload({ config })
const everything = { pagination: false, depth: 0, locale: 'all', overrideAccess: true, showHiddenFields: true } as const

const byId = <Doc extends { id?: unknown }>(docs: Doc[]) => [...docs].sort((a, b) => String(a.id).localeCompare(String(b.id)))
const withoutSessions = (doc: object) => {
  const { sessions: _sessions, ...rest } = doc as Record<string, unknown>
  return rest
}

const exported: Record<string, unknown> = {}
for (const collection of payload.config.collections) {
  const slug = collection.slug as Parameters<typeof payload.find>[0]['collection']
  const { docs } = await payload.find({ collection: slug, ...everything, draft: true, trash: true })
  exported[`collection:${slug}`] = byId(docs).map((doc) => (collection.auth ? withoutSessions(doc) : doc))
  if (collection.versions) {
    exported[`versions:${slug}`] = byId((await payload.findVersions({ collection: slug, ...everything, trash: true })).docs)
  }
}
for (const global of payload.config.globals) {
  const slug = global.slug as Parameters<typeof payload.findGlobal>[0]['slug']
  exported[`global:${slug}`] = await payload.findGlobal({ slug, depth: 0, locale: 'all', draft: true, overrideAccess: true, showHiddenFields: true })
  if (global.versions) exported[`versions:global:${slug}`] = byId((await payload.findGlobalVersions({ slug, ...everything })).docs)
}

/** JSON with every object's keys in order, so equal content gives equal text. */
const sortedKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
    : value
fs.writeFileSync(target, JSON.stringify(exported, sortedKeys, 1))
process.exit(0)
