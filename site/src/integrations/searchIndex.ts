import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

import { incrementalBuild, type LinkedRoute } from '../build/routeReuse'
import { isSearchable, prepareForIndex } from '../search/indexHtml'
import { setRenderedPageSink } from '../search/renderedPages'

/** An incremental build's unchanged pages, as the previous build wrote them. */
async function indexLinkedPages(
  index: pagefind.PagefindIndex,
  previousSite: string,
  pages: LinkedRoute[],
  add: (indexing: Promise<void>) => void,
): Promise<void> {
  for (const { route, file } of pages) {
    if (!file.endsWith('.html')) continue
    const html = await fs.readFile(path.join(previousSite, file), 'utf8')
    if (isSearchable(html)) add(addPage(index, route, html))
  }
}

async function addPage(index: pagefind.PagefindIndex, url: string, html: string): Promise<void> {
  const { errors } = await index.addHTMLFile({ url, content: prepareForIndex(html) })
  if (errors.length) throw new Error(`Pagefind, ${url}: ${errors.join('; ')}`)
}

/**
 * Indexes the site with Pagefind into `/pagefind/`, one index per page language. Pages reach the
 * indexer as they are rendered (`src/middleware.ts`), so Pagefind's process indexes on the second
 * core while the first renders; the index is written when the build is done. Only pages the layout
 * marks for search are indexed, each from a copy whose Chinese text is split into single
 * characters (`prepareForIndex`, see `search/han.ts` for why); the pages served are left as built.
 */
export function searchIndex(): AstroIntegration {
  let rendered = 0
  let indexing: Array<Promise<void>> = []
  let index: pagefind.PagefindIndex | undefined
  let writing: Promise<{ pages: number; seconds: number }> | undefined
  return {
    name: 'portal:search-index',
    hooks: {
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({})
        if (!created.index) throw new Error(`Pagefind: ${created.errors.join('; ')}`)
        const current = created.index
        index = current
        setRenderedPageSink((url, html) => {
          rendered++
          if (!isSearchable(html)) return
          indexing.push(addPage(current, url, html))
        })
      },
      // Pagefind writes the index while Astro finishes and the other integrations publish files.
      'astro:build:generated': ({ dir }) => {
        setRenderedPageSink(undefined)
        const current = index
        if (!current) throw new Error('Pagefind: the index was not created when the build started')
        const finishing = performance.now()
        const linked = incrementalBuild()
        writing = (async () => {
          if (linked?.previous) await indexLinkedPages(current, linked.previous.site, linked.linked, (adding) => indexing.push(adding))
          const pages = indexing.length
          await Promise.all(indexing)
          indexing = []
          const outputPath = path.join(fileURLToPath(dir), 'pagefind')
          await fs.rm(outputPath, { recursive: true, force: true })
          const written = await current.writeFiles({ outputPath })
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
          await pagefind.close()
          return { pages, seconds: (performance.now() - finishing) / 1000 }
        })()
        // Reported when awaited in `astro:build:done`; no unhandled rejection meanwhile.
        writing.catch(() => {})
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('Pagefind: the index was never written')
        const { pages, seconds } = await writing
        logger.info(`${pages} of ${rendered} pages indexed while rendering; index done ${seconds.toFixed(1)} s after the last page`)
      },
    },
  }
}
