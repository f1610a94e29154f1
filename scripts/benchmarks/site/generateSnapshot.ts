/**
 * A large content snapshot made from the seeded one without the CMS, for the site benchmark.
 *
 * Seeded documents are copied, as templates, with new ids, slugs and titles; their facets (region,
 * year, category, school…) are drawn again and the paragraphs of their rich text are replaced with
 * paragraphs from anywhere in the snapshot (the real seed documents included), so that the search
 * index sees varied text. About a third of the copies keep their template's English translation;
 * the others have none, as exported for an untranslated document. Images and files stay the
 * seeded ones, referred to again.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig, Field } from 'payload'

import { Cases } from '../../../cms/src/collections/Cases'
import { EBooks } from '../../../cms/src/collections/EBooks'
import { Galleries } from '../../../cms/src/collections/Galleries'
import { Library } from '../../../cms/src/collections/Library'
import { Materials } from '../../../cms/src/collections/Materials'
import { News } from '../../../cms/src/collections/News'
import { Videos } from '../../../cms/src/collections/Videos'
import { type Random, seededRandom } from '../../../cms/src/seed/demo/random'
import { richText } from '../../../cms/src/seed/lexical'
import type { Locale, PublicCollection, Snapshot } from '../../../cms/src/snapshot/types'
import { snapshotFiles } from '../../../cms/src/snapshot/types'
import { activityFormats, newsCategories, planTypes, projectZones, regions } from '../../../cms/src/vocabularies'

type Document = Record<string, unknown> & { id: string }

/** The facets of one copy, the same in every language; related documents are looked up per language. */
type Facets = { values: Record<string, unknown>; school?: string }

type Multiplied = {
  config: CollectionConfig
  /** Share of the generated documents: mostly news and exemplar cases; galleries are few, each shows many photos. */
  share: number
  facets: (random: Random, context: { schoolIds: string[]; until: Date }) => Facets
}

const pickValue = (random: Random, options: ReadonlyArray<{ value: string }>) => random.pick(options).value
const maybe = <T>(random: Random, probability: number, value: () => T): T | null => (random.chance(probability) ? value() : null)

/** A moment between the start of 2019 and `until`, at office hours in Taiwan. */
function dateBefore(random: Random, until: Date): string {
  const start = Date.UTC(2019, 0, 1)
  const day = Math.floor(start / 86_400_000) + random.int(0, Math.floor((until.getTime() - start) / 86_400_000))
  return new Date(day * 86_400_000 + random.int(1, 9) * 3_600_000).toISOString()
}

const multiplied: Multiplied[] = [
  {
    config: News,
    share: 0.47,
    facets: (random, { until }) => {
      const publishedAt = dateBefore(random, until)
      return {
        values: {
          category: pickValue(random, newsCategories),
          region: maybe(random, 0.6, () => pickValue(random, regions)),
          projectZone: maybe(random, 0.3, () => pickValue(random, projectZones)),
          pinned: false,
          publishedAt,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        },
      }
    },
  },
  {
    config: Cases,
    share: 0.38,
    facets: (random, { schoolIds }) => ({
      values: { academicYear: random.int(107, 115), planType: pickValue(random, planTypes), activityFormat: pickValue(random, activityFormats) },
      school: random.pick(schoolIds),
    }),
  },
  { config: Library, share: 0.05, facets: (random) => ({ values: { year: random.int(2012, 2026) } }) },
  { config: Materials, share: 0.03, facets: (random) => ({ values: { editionYear: random.int(2018, 2026) } }) },
  {
    config: Galleries,
    share: 0.02,
    facets: (random, { until }) => ({
      values: {
        eventDate: dateBefore(random, until),
        region: maybe(random, 0.7, () => pickValue(random, regions)),
        projectZone: maybe(random, 0.4, () => pickValue(random, projectZones)),
      },
    }),
  },
  { config: EBooks, share: 0.025, facets: (random) => ({ values: { year: random.int(2018, 2026) } }) },
  { config: Videos, share: 0.025, facets: (random, { until }) => ({ values: { recordedOn: dateBefore(random, until) } }) },
]

/** The share of copies with an English translation. */
const translatedShare = 1 / 3

/**
 * Removes the localized fields from one language's document, at any depth, as the CMS exports a
 * document that has no translation in that language.
 */
function removeTranslation(data: Record<string, unknown>, fields: Field[]): void {
  for (const field of fields) {
    if ('tabs' in field) {
      for (const tab of field.tabs) {
        const nested = 'name' in tab ? data[tab.name] : data
        if (nested && typeof nested === 'object') removeTranslation(nested as Record<string, unknown>, tab.fields)
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) removeTranslation(data, field.fields)
      continue
    }
    if ('localized' in field && field.localized) {
      delete data[field.name]
      continue
    }
    const value = data[field.name]
    if (!('fields' in field) || !value || typeof value !== 'object') continue
    for (const row of Array.isArray(value) ? value : [value]) removeTranslation(row as Record<string, unknown>, field.fields)
  }
}

const isTranslated = (document: Document | undefined) => typeof document?.title === 'string' && document.title !== ''

const isRichText = (value: unknown): value is { root: { children: Array<Record<string, unknown>> } } =>
  typeof value === 'object' && value !== null && 'root' in value

/** A paragraph made of plain text only (no links or formatting), which can be swapped for another. */
function plainParagraph(node: Record<string, unknown>): string | undefined {
  if (node.type !== 'paragraph' || !Array.isArray(node.children) || node.children.length === 0) return undefined
  const children = node.children as Array<Record<string, unknown>>
  if (!children.every((child) => child.type === 'text' && child.format === 0)) return undefined
  return children.map((child) => child.text).join('')
}

/** Every plain paragraph of some length in one language's rich text: the text copies are made of. */
function paragraphPool(content: Snapshot['content'][Locale]): string[] {
  const pool = new Set<string>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (!value || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    const text = plainParagraph(record)
    if (text && [...text].length >= 20) pool.add(text)
    Object.values(record).forEach(visit)
  }
  visit(content.collections)
  return [...pool]
}

/** Swaps most plain paragraphs of every rich-text field for paragraphs from the pool; headings stay. */
function reshuffleText(document: Document, pool: string[], random: Random): void {
  if (pool.length === 0) return
  for (const value of Object.values(document)) {
    if (!isRichText(value)) continue
    value.root.children = value.root.children.map((node) =>
      plainParagraph(node) !== undefined && random.chance(0.7) ? richText([random.pick(pool)]).root.children[0]! : node,
    )
  }
}

/** A stable UUID-shaped id for the n-th copy, so that runs generate the same snapshot. */
function copyId(collection: string, index: number): string {
  const hex = createHash('sha256').update(`site-bench:${collection}:${index}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** Sorts like the CMS's `defaultSort` (`-field` descending), keeping the given order between equals. */
function sortByDefault(documents: Document[], defaultSort: unknown): void {
  if (typeof defaultSort !== 'string') return
  const descending = defaultSort.startsWith('-')
  const field = defaultSort.replace(/^-/, '')
  const key = (document: Document) => document[field] as string | number | null | undefined
  documents.sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    if (x === y) return 0
    if (x === null || x === undefined) return 1
    if (y === null || y === undefined) return -1
    return (x < y ? -1 : 1) * (descending ? -1 : 1)
  })
}

export type GeneratedSnapshot = {
  snapshot: Snapshot
  /** Documents per collection, in the default language. */
  counts: Partial<Record<PublicCollection, number>>
  /** Documents of the multiplied collections translated into another language (English). */
  translated: number
  total: number
}

/**
 * The seeded snapshot grown to `total` documents (every collection counted): the collections that
 * are not multiplied (pages, links, zones, schools, regions) stay as they are.
 */
export function multiplySnapshot(base: Snapshot, total: number): GeneratedSnapshot {
  const snapshot = structuredClone(base)
  const locales = Object.keys(base.content) as Locale[]
  const original = base.content[base.defaultLocale].collections as unknown as Record<string, Document[]>
  const slugOf = (config: CollectionConfig) => config.slug as PublicCollection
  const growing = multiplied.filter(({ config }) => (original[slugOf(config)]?.length ?? 0) > 0)
  const existing = Object.values(original).reduce((sum, documents) => sum + documents.length, 0)
  const toGenerate = Math.max(0, total - existing)
  const shares = growing.reduce((sum, { share }) => sum + share, 0)
  const extra = growing.map(({ share }) => Math.floor((toGenerate * share) / shares))
  // Rounding leftovers go to the largest collection.
  extra[0] = (extra[0] ?? 0) + toGenerate - extra.reduce((sum, count) => sum + count, 0)

  const pools = Object.fromEntries(locales.map((locale) => [locale, paragraphPool(base.content[locale])])) as Record<Locale, string[]>
  const schoolIds = (original.schools ?? []).map((school) => school.id)
  const until = new Date(base.exportedAt)

  growing.forEach(({ config, facets }, position) => {
    const slug = slugOf(config)
    const templates = original[slug]!
    const byLocale = Object.fromEntries(
      locales.map((locale) => {
        const documents = snapshot.content[locale].collections as unknown as Record<string, Document[]>
        const schools = new Map((base.content[locale].collections.schools as unknown as Document[]).map((school) => [school.id, school]))
        return [locale, { documents: documents[slug]!, translations: new Map(documents[slug]!.map((document) => [document.id, document])), schools }]
      }),
    )
    const translatedTemplates = templates.filter((template) =>
      locales.every((locale) => locale === base.defaultLocale || isTranslated(byLocale[locale]!.translations.get(template.id))),
    ).length
    const keepTranslation = Math.min(1, (translatedShare * templates.length) / Math.max(1, translatedTemplates))
    for (let index = 0; index < extra[position]!; index++) {
      const random = seededRandom(`site-bench:${slug}:${index}`)
      const template = random.pick(templates)
      const facet = facets(random, { schoolIds, until })
      const translated = random.chance(keepTranslation)
      const copy = index + 1
      for (const locale of locales) {
        const { documents, translations, schools } = byLocale[locale]!
        const source = translations.get(template.id)
        if (!source) continue
        const document = structuredClone(source)
        if (locale !== base.defaultLocale && !translated) removeTranslation(document, config.fields)
        document.id = copyId(slug, index)
        document.slug = `${template.slug}-${copy}`
        if (typeof document.title === 'string') {
          document.title = locale === base.defaultLocale ? `${document.title}（${copy}）` : `${document.title} (${copy})`
        }
        Object.assign(document, facet.values)
        if (facet.school) {
          const school = schools.get(facet.school)
          Object.assign(document, { school, region: school?.region ?? null })
        }
        reshuffleText(document, pools[locale], random)
        documents.push(document)
      }
    }
    for (const locale of locales) sortByDefault(byLocale[locale]!.documents, config.defaultSort)
  })

  const counts = Object.fromEntries(
    Object.entries(snapshot.content[base.defaultLocale].collections).map(([slug, documents]) => [slug, (documents as unknown[]).length]),
  ) as GeneratedSnapshot['counts']
  let translated = 0
  for (const { config } of growing) {
    const documents = (snapshot.content[base.defaultLocale].collections as unknown as Record<string, Document[]>)[slugOf(config)]!
    if (new Set(documents.map((document) => document.slug)).size !== documents.length) throw new Error(`Duplicate slugs in ${config.slug}`)
    for (const locale of locales.filter((locale) => locale !== base.defaultLocale)) {
      const translations = (snapshot.content[locale].collections as unknown as Record<string, Document[]>)[slugOf(config)]!
      translated += translations.filter(isTranslated).length
    }
  }
  return { snapshot, counts, translated, total: Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0) }
}

/** Hard-links every file of a folder tree into another (a copy across file systems). */
async function linkTree(source: string, target: string): Promise<number> {
  let files = 0
  await fs.mkdir(target, { recursive: true })
  for (const entry of await fs.readdir(source, { withFileTypes: true })) {
    const [from, to] = [path.join(source, entry.name), path.join(target, entry.name)]
    if (entry.isDirectory()) files += await linkTree(from, to)
    else {
      await fs.link(from, to).catch(() => fs.copyFile(from, to))
      files++
    }
  }
  return files
}

/**
 * Writes a snapshot folder as `pnpm --filter cms snapshot` does: `content.json` and the seeded
 * snapshot's files, linked rather than copied.
 */
export async function writeSnapshotFolder(snapshot: Snapshot, baseFolder: string, folder: string): Promise<{ files: number }> {
  await fs.mkdir(folder, { recursive: true })
  const files = await linkTree(path.join(baseFolder, snapshotFiles.uploads), path.join(folder, snapshotFiles.uploads))
  await fs.writeFile(path.join(folder, snapshotFiles.content), JSON.stringify(snapshot))
  return { files }
}
