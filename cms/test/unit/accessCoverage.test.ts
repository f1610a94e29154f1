/**
 * No implicit access: every collection and global of the config states each of its access rules
 * (Payload would otherwise let any signed-in account in), and has its rows in the access matrix
 * that test/api/access/access.test.ts runs over HTTP. A new collection without rules or without
 * rows fails here.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { actors, collectionMatrix, globalMatrix } from '../api/access/matrix'
import { loadSanitizedConfig } from '../support/sanitizedConfig'

/** Payload's own collections (preferences, migrations, locks, jobs) bring their own rules. */
const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

let config: SanitizedConfig
let removeDataFolder: () => void
/** The rules Payload fills in for an operation a collection leaves out. */
let payloadDefaults: Set<unknown>

beforeAll(async () => {
  ;({ config, removeDataFolder } = await loadSanitizedConfig())
  const payloadDist = path.dirname(createRequire(import.meta.url).resolve('payload'))
  const fromPayload = (file: string) => import(pathToFileURL(path.join(payloadDist, file)).href)
  payloadDefaults = new Set([(await fromPayload('auth/defaultAccess.js')).defaultAccess, (await fromPayload('auth/defaultUnlockAccess.js')).defaultUnlockAccess])
})

afterAll(() => removeDataFolder())

const collections = () => config.collections.filter((collection) => !isPayloadInternal(collection.slug))

function requiredOperations(collection: SanitizedCollectionConfig): string[] {
  return [
    'create',
    'read',
    'update',
    'delete',
    ...(collection.versions ? ['readVersions'] : []),
    ...(collection.auth ? ['unlock', 'admin'] : []),
  ]
}

const globalOperations = (global: SanitizedGlobalConfig) => ['read', 'update', ...(global.versions ? ['readVersions'] : [])]

function expectExplicit(access: Record<string, unknown>, operations: string[], owner: string) {
  for (const operation of operations) {
    const rule = access[operation]
    expect(typeof rule, `${owner} has no ${operation} rule`).toBe('function')
    expect(payloadDefaults.has(rule), `${owner} leaves ${operation} to Payload's default (any signed-in account)`).toBe(false)
  }
}

describe('every collection and global states its access rules', () => {
  test("Payload's default rules are recognised", () => {
    expect(payloadDefaults.size).toBe(2)
    for (const rule of payloadDefaults) expect(typeof rule).toBe('function')
  })

  test('collections', () => {
    expect(collections().length).toBeGreaterThan(0)
    for (const collection of collections()) {
      expectExplicit(collection.access as Record<string, unknown>, requiredOperations(collection), `collection ${collection.slug}`)
    }
  })

  test('globals', () => {
    expect(config.globals.length).toBeGreaterThan(0)
    for (const global of config.globals) expectExplicit(global.access as Record<string, unknown>, globalOperations(global), `global ${global.slug}`)
  })
})

describe('the access matrix has a row for every actor, collection and operation', () => {
  test('the same collections and globals as the config', () => {
    expect(Object.keys(collectionMatrix).sort()).toEqual(collections().map((collection) => collection.slug).sort())
    expect(Object.keys(globalMatrix).sort()).toEqual(config.globals.map((global) => global.slug).sort())
  })

  test("each collection's operations, as the collection has them (trash, drafts, versions)", () => {
    for (const collection of collections()) {
      const expected = [
        'create',
        'read',
        'update',
        'delete',
        ...(collection.trash ? ['trash'] : []),
        ...(collection.versions && collection.versions.drafts ? ['publish'] : []),
        ...(collection.versions ? ['readVersions'] : []),
      ].sort()
      for (const actor of actors) {
        const rights = collectionMatrix[collection.slug]?.[actor]
        expect(rights, `no row for ${actor} × ${collection.slug}`).toBeDefined()
        expect(Object.keys(rights!).sort(), `${actor} × ${collection.slug}`).toEqual(expected)
      }
    }
  })

  test('each global: read, update and versions for every actor', () => {
    for (const global of config.globals) {
      for (const actor of actors) expect(Object.keys(globalMatrix[global.slug]?.[actor] ?? {}).sort(), `${actor} × ${global.slug}`).toEqual(['read', 'readVersions', 'update'])
    }
  })

  test('deleting for good is for administrators only; everyone else moves documents to the trash', () => {
    for (const [slug, byActor] of Object.entries(collectionMatrix)) {
      for (const actor of actors) if (actor !== 'admin') expect(byActor[actor].delete, `${actor} × ${slug} × delete`).toBe('deny')
      // The server's own records (the audit log, portal builds) are the things not even administrators delete.
      expect(byActor.admin.delete, `admin × ${slug} × delete`).toBe(['audit-log', 'site-builds'].includes(slug) ? 'deny' : 'allow')
    }
  })
})
