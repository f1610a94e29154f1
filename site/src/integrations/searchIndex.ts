import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

import { isSearchable, pageUrl, prepareForIndex } from '../search/indexHtml'

/** Files handed to Pagefind at once: enough to keep its process busy, few enough to bound memory. */
const BATCH = 32

/**
 * Indexes the built pages with Pagefind after the build: one index per page language, written
 * to `/pagefind/`. Only pages the layout marks for search are indexed, and each is indexed from
 * a copy whose Chinese text is split into single characters (`prepareForIndex`, see
 * `search/han.ts` for why); the pages served are left as built.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'portal:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const outDir = fileURLToPath(dir)
        const outputPath = path.join(outDir, 'pagefind')
        const files = (await fs.readdir(outDir, { recursive: true }))
          .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
          .sort()
        const { index, errors } = await pagefind.createIndex({})
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
        let pages = 0
        for (let start = 0; start < files.length; start += BATCH) {
          await Promise.all(
            files.slice(start, start + BATCH).map(async (file) => {
              const html = await fs.readFile(path.join(outDir, file), 'utf8')
              if (!isSearchable(html)) return
              const added = await index.addHTMLFile({ url: pageUrl(file), content: prepareForIndex(html) })
              if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`)
              pages++
            }),
          )
        }
        await fs.rm(outputPath, { recursive: true, force: true })
        const written = await index.writeFiles({ outputPath })
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
        await pagefind.close()
        logger.info(`${pages} of ${files.length} pages indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      },
    },
  }
}
