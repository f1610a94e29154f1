import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

import { filesIn, linkFiles } from '../build/linkFiles'
import { builtFile, incrementalBuild } from '../build/routeReuse'
import { isSearchable, prepareForIndex } from '../search/indexHtml'
import { setRenderedPageSink } from '../search/renderedPages'
import { searchShardOf, searchShardPath, searchShardsFile, shardCountForFullBuild } from '../search/shards'

/** The previous release's site, the number of shards of its index and the pages it holds, when this build reuses it. */
type PreviousIndex = { site: string; shards: number; indexed: Set<string> }

function previousIndex(): PreviousIndex | undefined {
  const previous = incrementalBuild()?.previous
  const search = previous?.map.search
  if (!previous || !search) return undefined
  return { site: previous.site, shards: search.shards, indexed: new Set(search.indexed) }
}

async function addPage(index: pagefind.PagefindIndex, url: string, html: string): Promise<void> {
  const { errors } = await index.addHTMLFile({ url, content: prepareForIndex(html) })
  if (errors.length) throw new Error(`Pagefind, ${url}: ${errors.join('; ')}`)
}

/** Pages read from the previous release at a time: reading them all first would hold every page in memory. */
const readingAtOnce = 16

/** One Pagefind index of the site (see `search/shards.ts`) being made in this build. */
class Shard {
  private index: Promise<pagefind.PagefindIndex> | undefined
  private adding: Array<Promise<void>> = []
  /** Pages to add from the previous release's files when the shard is written. */
  private unchanged: Array<{ url: string; file: string }> = []
  readonly added = new Set<string>()

  private created(): Promise<pagefind.PagefindIndex> {
    this.index ??= pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
      return index
    })
    return this.index
  }

  add(url: string, html: string): void {
    this.added.add(url)
    const adding = this.created().then((index) => addPage(index, url, html))
    // Awaited in `write`; no unhandled rejection meanwhile.
    adding.catch(() => {})
    this.adding.push(adding)
  }

  /** Adds a page as the previous release's `file` has it. */
  addUnchanged(url: string, file: string): void {
    this.added.add(url)
    this.unchanged.push({ url, file })
  }

  async write(outputPath: string): Promise<void> {
    // A shard without pages (on a small site) is an empty index, which searches find nothing in.
    const index = await this.created()
    let next = 0
    const addUnchanged = async () => {
      for (let page = this.unchanged[next++]; page; page = this.unchanged[next++]) {
        await addPage(index, page.url, await fs.promises.readFile(page.file, 'utf8'))
      }
    }
    await Promise.all([...this.adding, ...Array.from({ length: readingAtOnce }, addUnchanged)])
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  }
}

/**
 * Indexes the site with Pagefind into `/pagefind/<shard>/`, each shard one index per page
 * language. Pages reach the indexer as they are rendered (`src/middleware.ts`), so Pagefind's
 * process indexes on the second core while the first renders; the index is written when the build
 * is done. Only pages the layout marks for search are indexed, each from a copy whose Chinese text
 * is split into single characters (`prepareForIndex`, see `search/han.ts` for why); the pages
 * served are left as built.
 *
 * An incremental build indexes again only the shards holding a page that is new, gone, or whose
 * HTML differs from the previous release's, with the other pages of those shards as that release
 * has them; the other shards are linked from it.
 */
export function searchIndex(): AstroIntegration {
  let rendered = 0
  let shards: Shard[] = []
  /** The pages in this build's index. */
  let indexed = new Set<string>()
  /** The shards that must be indexed again. */
  let changed = new Set<number>()
  let previous: PreviousIndex | undefined | null = null
  let writing: Promise<{ pages: number; written: number; seconds: number }> | undefined

  /**
   * Decided when the first page is rendered, once the incremental build has looked at the previous
   * release: its shards, or as many as a full build makes.
   */
  const start = () => {
    if (previous !== null) return previous
    previous = previousIndex()
    shards = Array.from({ length: previous?.shards ?? shardCountForFullBuild() }, () => new Shard())
    return previous
  }
  const shardOf = (url: string) => searchShardOf(url, shards.length)

  const unchangedSince = (before: PreviousIndex, url: string, html: string) => {
    const file = before.indexed.has(url) && builtFile(before.site, url)
    return !!file && fs.readFileSync(file, 'utf8') === html
  }

  return {
    name: 'portal:search-index',
    hooks: {
      'astro:build:start': () => {
        indexed = new Set()
        changed = new Set()
        previous = null
        setRenderedPageSink((url, html) => {
          rendered++
          const before = start()
          const shard = shardOf(url)
          if (!isSearchable(html)) {
            if (before?.indexed.has(url)) changed.add(shard)
            return
          }
          indexed.add(url)
          if (before && unchangedSince(before, url, html)) return
          changed.add(shard)
          shards[shard]!.add(url, html)
        })
      },
      // Pagefind writes the index while Astro finishes and the other integrations publish files.
      'astro:build:generated': ({ dir }) => {
        setRenderedPageSink(undefined)
        const before = start()
        const build = incrementalBuild()
        if (before) {
          for (const { route } of build?.linked ?? []) if (before.indexed.has(route)) indexed.add(route)
          for (const url of before.indexed) if (!indexed.has(url)) changed.add(shardOf(url))
          // The other pages of a changed shard, as the previous release has them.
          for (const url of indexed) {
            const shard = shards[shardOf(url)]!
            if (!changed.has(shardOf(url)) || shard.added.has(url)) continue
            shard.addUnchanged(url, builtFile(before.site, url)!)
          }
        }
        if (build) build.next.search = { shards: shards.length, indexed: [...indexed].sort() }
        const site = fileURLToPath(dir)
        const finishing = performance.now()
        writing = (async () => {
          let written = 0
          fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true })
          for (const [number, shard] of shards.entries()) {
            const outputPath = path.join(site, searchShardPath(number))
            if (before && !changed.has(number)) {
              const from = path.join(before.site, searchShardPath(number))
              linkFiles(from, outputPath, filesIn(from))
            } else {
              await shard.write(outputPath)
              written++
            }
          }
          fs.writeFileSync(path.join(site, searchShardsFile), `${JSON.stringify({ shards: shards.length })}\n`)
          await pagefind.close()
          return { pages: indexed.size, written, seconds: (performance.now() - finishing) / 1000 }
        })()
        // Reported when awaited in `astro:build:done`; no unhandled rejection meanwhile.
        writing.catch(() => {})
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('Pagefind: the index was never written')
        const { pages, written, seconds } = await writing
        logger.info(
          `${pages} of ${rendered} pages indexed while rendering; index done ${seconds.toFixed(1)} s after the last page ` +
            `(${written} of ${shards.length} shards written, the others linked from the previous build)`,
        )
      },
    },
  }
}
