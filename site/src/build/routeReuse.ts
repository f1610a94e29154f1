/**
 * Incremental builds: a page whose inputs did not change since the previous release is linked
 * from it instead of rendered. A page's inputs are its `getStaticPaths` props (fingerprinted as
 * JSON) and the parts of the snapshot it read while rendering (see `snapshotReads.ts`); the
 * site's code is compared once for the whole build (`integrations/incrementalBuild.ts`). Every
 * build records, per route, what its output was made from: the dependency map saved with the
 * release, which the next build compares with.
 *
 * Unchanged routes are left out of `getStaticPaths` (`changedPaths`), so Astro neither renders
 * nor writes them; the integration links their files from the previous release afterwards.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { readSnapshot, uploadedFilePath } from '../content/snapshot'
import { sharedWithPages } from './sharedWithPages'
import { recordSnapshotReads } from './snapshotReads'

/** What one route's output was made from. */
export type RouteRecord = {
  /** Its page (route pattern) and `getStaticPaths` params, which find the route before it renders. */
  page?: string
  /** Fingerprint of its props; null when they hold something JSON cannot show (never reused). */
  props: string | null
  /** The parts of the snapshot it read while rendering. */
  reads: string[]
  status: number
  type: string
}

/** Saved with each release: what each route's output was made from. */
export type DependencyMap = {
  version: number
  /** Fingerprint of the site's code and build settings: when it differs, nothing is reused. */
  code: string
  /** Fingerprint of each snapshot part some route read. */
  parts: Record<string, string>
  routes: Record<string, RouteRecord>
  /** The search index (`integrations/searchIndex.ts`): its number of shards and the pages it holds. */
  search?: { shards: number; indexed: string[] }
}

export const dependencyMapVersion = 2

/** The state of one build, shared by the integration (loads and saves maps) and the middleware (renders). */
export type IncrementalBuild = {
  /** The release to reuse pages from, when its map is valid for this build's code. */
  previous?: { map: DependencyMap; site: string }
  next: DependencyMap
  /** The routes left out of `getStaticPaths`, with their files relative to the site: linked from the previous release. */
  linked: LinkedRoute[]
  reused: number
  rendered: number
  /** The previous release's routes by page (see `pageKey`), found once. */
  routesByPage?: Map<string, string>
}

const sharedBuild = sharedWithPages<IncrementalBuild>('portal:incremental-build')

/** Set by the build when it records dependencies; absent otherwise (and in `astro dev`). */
export const incrementalBuild = sharedBuild.get
export const setIncrementalBuild = sharedBuild.set

const fingerprint = (data: string | Buffer) => createHash('sha1').update(data).digest('base64url')

/** What a snapshot part (as named by `noteSnapshotRead`) holds now, fingerprinted. */
function partFingerprint(part: string): string {
  const [kind, name = ''] = part.split(/:(.*)/s)
  const { content, exportedAt } = readSnapshot()
  const languages = Object.values(content)
  switch (kind) {
    case 'collection':
      return fingerprint(JSON.stringify(languages.map((language) => language.collections[name as keyof typeof language.collections])))
    case 'global':
      return fingerprint(JSON.stringify(languages.map((language) => language.globals[name as keyof typeof language.globals])))
    case 'exportedAt':
      return exportedAt
    case 'upload': {
      const [collection = '', filename = ''] = name.split(/\/(.*)/s)
      const file = uploadedFilePath(collection, filename)
      // No longer in the snapshot: whatever read it must be rendered again (and will say why).
      return fs.existsSync(file) ? fingerprint(fs.readFileSync(file)) : 'missing'
    }
    default:
      throw new Error(`Unknown snapshot part ${part}`)
  }
}

const currentFingerprint = (build: IncrementalBuild, part: string) => (build.next.parts[part] ??= partFingerprint(part))

/** Each document's fingerprint, by identity: a list page's props hold the same documents as their own pages. */
const documentFingerprints = new WeakMap<object, string>()

/** Documents (and uploads) of the snapshot: plain data, with an id and a time of change. */
const isDocument = (value: object): boolean => !Array.isArray(value) && 'id' in value && 'updatedAt' in value

function documentFingerprint(document: object): string {
  let print = documentFingerprints.get(document)
  if (!print) documentFingerprints.set(document, (print = fingerprint(JSON.stringify(document))))
  return print
}

/**
 * The props as JSON, fingerprinted, with maps and sets as their entries and each document as its
 * own fingerprint (JSON of every page's documents was most of an incremental build's time); null
 * when the props hold values JSON cannot show.
 */
function propsFingerprint(props: object): string | null {
  let opaque = false
  const json = JSON.stringify(props, (_key, value: unknown) => {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      opaque = true
      return undefined
    }
    if (value instanceof Map || value instanceof Set) return [...value]
    if (value && typeof value === 'object' && value !== props && isDocument(value)) return documentFingerprint(value)
    return value
  })
  return opaque ? null : fingerprint(json)
}

/** The file a route was written to in a built site: `/news/a/` → `news/a/index.html`, `/404/` → `404.html`. */
export function builtFile(site: string, route: string): string | undefined {
  const relative = decodeURIComponent(route)
  const candidates = relative.endsWith('/') ? [`${relative}index.html`, `${relative.slice(0, -1)}.html`] : [relative]
  return candidates.map((candidate) => path.join(site, candidate)).find((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile())
}

/** One route's page and params, as `getStaticPaths` gives them and the middleware sees them. */
const pageKey = (pattern: string, params: Record<string, string | number | undefined>) =>
  JSON.stringify([
    pattern,
    Object.entries(params)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, String(value)])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  ])

/** The previous release's record of `route` when nothing it was made from has changed. */
function unchangedRecord(build: IncrementalBuild, route: string, props: string | null): RouteRecord | undefined {
  const before = build.previous?.map.routes[route]
  if (!before || props === null || before.props !== props) return undefined
  const parts = build.previous!.map.parts
  return before.reads.every((part) => parts[part] === currentFingerprint(build, part)) ? before : undefined
}

export type LinkedRoute = { route: string; file: string }

type StaticPath = { params: Record<string, string | number | undefined>; props?: object }

/** The previous release's route of a page's path, when its output there is unchanged and its file is there. */
function unchangedRoute(build: IncrementalBuild, pattern: string, { params, props = {} }: StaticPath): LinkedRoute | undefined {
  const previous = build.previous!
  build.routesByPage ??= new Map(
    Object.entries(previous.map.routes).flatMap(([route, record]) => (record.page ? [[record.page, route] as const] : [])),
  )
  const route = build.routesByPage.get(pageKey(pattern, params))
  const unchanged = route !== undefined && unchangedRecord(build, route, propsFingerprint(props))
  const file = unchanged && builtFile(previous.site, route)
  if (!unchanged || !file) return undefined
  build.next.routes[route] = unchanged
  return { route, file: path.relative(previous.site, file) }
}

/**
 * A page's `getStaticPaths` for this build: in an incremental build, only the paths whose output
 * can have changed since the previous release; the others are noted for linking from it. Every
 * page wraps its paths in this.
 */
export function changedPaths<Path extends StaticPath>(paths: () => Path[]) {
  return ({ routePattern }: { routePattern?: string } = {}): Path[] => {
    const build = incrementalBuild()
    if (!build?.previous || !routePattern) return paths()
    return paths().filter((path) => {
      const unchanged = unchangedRoute(build, routePattern, path)
      if (!unchanged) return true
      build.linked.push(unchanged)
      build.reused++
      return false
    })
  }
}

/**
 * The response for one prerendered route: the previous release's output when the route's inputs
 * are unchanged (a page without `getStaticPaths`, such as the 404 page), else `render()`'s, with
 * what it read recorded. The body is read here, inside the recording, because Astro renders a page
 * as its body is read.
 */
export async function renderOrReuse(
  build: IncrementalBuild,
  { pattern, route, params, props }: { pattern: string; route: string; params: StaticPath['params']; props: object },
  render: () => Promise<Response>,
): Promise<Response> {
  const propsPrint = propsFingerprint(props)
  const unchanged = unchangedRecord(build, route, propsPrint)
  const file = unchanged && builtFile(build.previous!.site, route)
  if (unchanged && file) {
    build.next.routes[route] = unchanged
    build.reused++
    return new Response(await fs.promises.readFile(file), { status: unchanged.status, headers: { 'content-type': unchanged.type } })
  }
  const { result, reads } = await recordSnapshotReads(async () => {
    const response = await render()
    return new Response(await response.arrayBuffer(), response)
  })
  for (const part of reads) currentFingerprint(build, part)
  build.next.routes[route] = {
    page: pageKey(pattern, params),
    props: propsPrint,
    reads,
    status: result.status,
    type: result.headers.get('content-type') ?? '',
  }
  build.rendered++
  return result
}
