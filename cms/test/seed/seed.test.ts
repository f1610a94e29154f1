/**
 * The seed, through Payload's Local API on its own throwaway database: it loads the real documents
 * and the demo data set, and running it a second time changes nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  activityFormats,
  activityKinds,
  awardCategories,
  caseTopics,
  planTypes,
  regions,
  subsidyScopes,
} from '../../src/vocabularies'
import { cmsEnvironment, dropMongoDatabase, makeDataDirectory, migrate, testDatabaseURI } from '../support/cmsServer'

// The CMS reads its settings when its modules load: set them before importing the config.
const dataDir = makeDataDirectory()
const databaseURI = testDatabaseURI(dataDir)
const isMongoDB = databaseURI.startsWith('mongodb')
const environment = cmsEnvironment({ dataDir, databaseURI })
Object.assign(process.env, environment)

const collections = [
  'news',
  'cases',
  'galleries',
  'materials',
  'library',
  'survey-reports',
  'pages',
  'links',
  'project-zones',
  'media',
  'documents',
  'ebooks',
  'videos',
  'video-files',
  'schools',
  'regions',
  'users',
] as const satisfies readonly CollectionSlug[]
const uploadCollections = ['media', 'documents', 'video-files'] as const
const globals = ['site-settings', 'header-navigation', 'footer'] as const satisfies readonly GlobalSlug[]

const silent = { step() {}, tick() {}, done() {} }

let payload: Payload

/** Everything a repeated seed must leave as it was. */
async function state() {
  const documents: Record<string, number> = {}
  const versions: Record<string, number> = {}
  for (const collection of collections) {
    documents[collection] = (await payload.count({ collection })).totalDocs
    if (payload.collections[collection].config.versions) {
      versions[collection] = (await payload.countVersions({ collection })).totalDocs
    }
  }
  for (const global of globals) {
    versions[`global:${global}`] = (await payload.countGlobalVersions({ global })).totalDocs
  }
  const files: Record<string, number> = {}
  for (const collection of uploadCollections) {
    const directory = path.join(dataDir, 'uploads', collection)
    files[collection] = fs.existsSync(directory) ? fs.readdirSync(directory).length : 0
  }
  return { documents, versions, files }
}

const count = async (collection: CollectionSlug, where?: Parameters<Payload['count']>[0]['where']) =>
  (await payload.count({ collection, where })).totalDocs

beforeAll(async () => {
  // The schema of a fresh SQLite file comes from the committed migrations, as in production.
  if (!isMongoDB) await migrate(environment)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  try {
    await payload?.destroy()
    if (isMongoDB) await dropMongoDatabase(databaseURI)
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})

describe('seed', () => {
  let afterFirstRun: Awaited<ReturnType<typeof state>>

  test('the first run fills an empty database', async () => {
    expect((await state()).documents.news).toBe(0)
    const { seed } = await import('../../src/seed/index')
    const started = Date.now()
    await seed(payload, { progress: silent })
    console.log(`first seed run: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    afterFirstRun = await state()
    expect(afterFirstRun.documents.news).toBeGreaterThan(0)
  }, 900_000)

  test('a second run changes nothing: same documents, versions and files', async () => {
    expect(afterFirstRun, 'the first run must have finished').toBeDefined()
    const { seed } = await import('../../src/seed/index')
    const started = Date.now()
    await seed(payload, { progress: silent })
    console.log(`second seed run: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    expect(await state()).toEqual(afterFirstRun)
  }, 900_000)

  test('seeding, which no account does, leaves nothing in the audit log', async () => {
    expect(afterFirstRun, 'the first run must have finished').toBeDefined()
    expect(await count('audit-log')).toBe(0)
  })

  test('the directory: at least 60 schools, in all three regions', async () => {
    expect(await count('schools')).toBeGreaterThanOrEqual(60)
    for (const { value } of regions) {
      expect(await count('schools', { region: { equals: value } }), value).toBeGreaterThan(0)
    }
    expect(await count('regions')).toBe(3)
  })

  test('the content blocks reach their minimums', async () => {
    expect(await count('news')).toBeGreaterThanOrEqual(40)
    expect(await count('cases')).toBeGreaterThanOrEqual(60)
    expect(await count('galleries')).toBeGreaterThanOrEqual(10)
    expect(await count('materials')).toBeGreaterThanOrEqual(8)
    expect(await count('ebooks')).toBeGreaterThanOrEqual(6)
    expect(await count('videos')).toBeGreaterThanOrEqual(6)
    expect(await count('survey-reports')).toBeGreaterThanOrEqual(2)
    expect(await count('project-zones')).toBe(4)
    expect(await count('library', { demo: { equals: false } })).toBeGreaterThanOrEqual(5)
  })

  test('invented news, cases and survey analyses say they are demo content', async () => {
    expect(await count('news')).toBeGreaterThan(0)
    expect(await count('cases')).toBeGreaterThan(0)
    expect(await count('news', { demo: { not_equals: true } })).toBe(0)
    expect(await count('cases', { demo: { not_equals: true } })).toBe(0)
    expect(await count('survey-reports', { demo: { not_equals: true } })).toBe(0)
  })

  test('the cases use every value of every vocabulary', async () => {
    const { docs } = await payload.find({ collection: 'cases', pagination: false, depth: 0, draft: true })
    const used = {
      planType: new Set(docs.map((doc) => doc.planType)),
      activityFormat: new Set(docs.map((doc) => doc.activityFormat)),
      activityKinds: new Set(docs.flatMap((doc) => doc.activityKinds ?? [])),
      subsidyScopes: new Set(docs.flatMap((doc) => doc.subsidyScopes ?? [])),
      topics: new Set(docs.flatMap((doc) => doc.topics ?? [])),
      'award.category': new Set(docs.map((doc) => doc.award?.category)),
      region: new Set(docs.map((doc) => doc.region)),
    }
    const vocabularies = {
      planType: planTypes,
      activityFormat: activityFormats,
      activityKinds,
      subsidyScopes,
      topics: caseTopics,
      'award.category': awardCategories,
      region: regions,
    }
    for (const [field, options] of Object.entries(vocabularies)) {
      const missing = options.map((option) => option.value).filter((value) => !used[field as keyof typeof used].has(value as never))
      expect(missing, `values of ${field} no case uses`).toEqual([])
    }
  })
})
