import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import {
  type DependencyMap,
  dependencyMapVersion,
  incrementalBuild as currentBuild,
  type IncrementalBuild,
  setIncrementalBuild,
} from '../build/routeReuse'
import { linkFiles } from '../build/linkFiles'

/** The name of a build's dependency map in its folder, beside `site/`. */
const dependencyMapFile = 'dependencies.json'

/** Everything besides the content that can change what the site's pages say. */
const codeInputs = ['site/src', 'site/public', 'site/astro.config.ts', 'site/package.json', 'site/tsconfig.json', 'cms/src', 'media/src', 'media/package.json', 'pnpm-lock.yaml']

function filesUnder(entry: string): string[] {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return []
  if (stat.isFile()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

/** A fingerprint of the site's code, its dependencies and the settings baked into pages. */
function codeFingerprint(repository: string): string {
  const hash = createHash('sha256')
  hash.update(`${dependencyMapVersion}\0${process.version}\0${process.env.SITE_URL ?? ''}\0`)
  for (const file of codeInputs.flatMap((input) => filesUnder(path.join(repository, input)))) {
    hash.update(`${path.relative(repository, file)}\0`).update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('base64url')
}

/** The previous build's map and site, or why they cannot be used. */
function previousBuild(folder: string, code: string): NonNullable<IncrementalBuild['previous']> | string {
  let map: DependencyMap
  try {
    map = JSON.parse(fs.readFileSync(path.join(folder, dependencyMapFile), 'utf8')) as DependencyMap
  } catch (error) {
    return `no readable dependency map in ${folder} (${(error as Error).message})`
  }
  if (map.version !== dependencyMapVersion || typeof map.routes !== 'object' || typeof map.parts !== 'object') return 'its dependency map is of another version'
  if (map.code !== code) return 'the site’s code or build settings changed since'
  return { map, site: path.join(folder, 'site') }
}

/**
 * Incremental builds, when SITE_BUILD_DEPENDENCIES names the file to save this build's dependency
 * map in: records what every route's output was made from and, given a previous build's folder
 * (SITE_BUILD_REUSE_FROM, holding `site/` and `dependencies.json`) made by the same code, copies
 * the routes whose inputs are unchanged from it instead of rendering them (`build/routeReuse.ts`).
 * Anything amiss with the previous build makes this a full build. Without SITE_BUILD_DEPENDENCIES
 * the build is the plain full build.
 */
export function incrementalBuild(): AstroIntegration {
  let repository = ''
  return {
    name: 'portal:incremental-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        repository = path.resolve(fileURLToPath(config.root), '..')
      },
      'astro:build:start': ({ logger }) => {
        const file = process.env.SITE_BUILD_DEPENDENCIES
        if (!file) return
        const code = codeFingerprint(repository)
        const from = process.env.SITE_BUILD_REUSE_FROM
        const previous = from ? previousBuild(path.resolve(from), code) : 'no previous build was given'
        if (typeof previous === 'string') logger.info(`full build: ${previous}`)
        else logger.info(`reusing unchanged pages of ${path.dirname(previous.site)}`)
        setIncrementalBuild({
          previous: typeof previous === 'string' ? undefined : previous,
          next: { version: dependencyMapVersion, code, parts: {}, routes: {} },
          linked: [],
          reused: 0,
          rendered: 0,
        })
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const build = currentBuild()
        if (!build?.previous) return
        const started = performance.now()
        linkFiles(build.previous.site, fileURLToPath(dir), build.linked.map(({ file }) => file))
        logger.info(`${build.linked.length} unchanged pages linked from the previous build in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      },
      'astro:build:done': async ({ logger }) => {
        const file = process.env.SITE_BUILD_DEPENDENCIES
        const build = currentBuild()
        if (!file || !build) return
        setIncrementalBuild(undefined)
        await fs.promises.mkdir(path.dirname(path.resolve(file)), { recursive: true })
        await fs.promises.writeFile(`${file}.tmp`, JSON.stringify(build.next))
        await fs.promises.rename(`${file}.tmp`, file)
        logger.info(`${build.rendered} pages rendered, ${build.reused} copied unchanged from the previous build`)
      },
    },
  }
}
