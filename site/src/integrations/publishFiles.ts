import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { snapshotFiles } from 'cms/snapshot'

import { readSnapshot, snapshotDirectory } from '../content/snapshot'
import { allVariantNames, imageCacheDirectory, type ImageDocument } from '../media/images'

/** Every image document the published content refers to. */
function imagesInSnapshot(): ImageDocument[] {
  const images = new Map<string, ImageDocument>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (!value || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if (typeof record.mimeType === 'string' && record.mimeType.startsWith('image/') && typeof record.filename === 'string') {
      images.set(String(record.id), record as ImageDocument)
      return
    }
    Object.values(record).forEach(visit)
  }
  visit(readSnapshot().content)
  return [...images.values()]
}

async function linkOrCopy(source: string, target: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true })
  try {
    await fs.link(source, target)
  } catch {
    await fs.copyFile(source, target)
  }
}

/**
 * After the pages are written, puts the files they link to beside them: downloads (documents,
 * videos, captions) from the snapshot as `/files/…`, and the image derivatives the pages made as
 * `/images/…`.
 */
export function publishFiles(): AstroIntegration {
  return {
    name: 'portal:publish-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        let downloads = 0
        for (const collection of ['documents', 'video-files']) {
          const source = path.join(snapshotDirectory(), snapshotFiles.uploads, collection)
          const names = await fs.readdir(source).catch(() => [] as string[])
          for (const name of names) await linkOrCopy(path.join(source, name), path.join(outDir, 'files', collection, name))
          downloads += names.length
        }
        // Pages an incremental build copied from the previous build made no derivatives in this
        // one: what the cache no longer holds, that build's site has (named by their content).
        const previousSite = process.env.SITE_BUILD_REUSE_FROM && path.join(process.env.SITE_BUILD_REUSE_FROM, 'site')
        const sources = (name: string) => [path.join(imageCacheDirectory(), name), ...(previousSite ? [path.join(previousSite, 'images', name)] : [])]
        let images = 0
        for (const name of new Set(allVariantNames(imagesInSnapshot()))) {
          for (const source of sources(name)) {
            try {
              await linkOrCopy(source, path.join(outDir, 'images', name))
              images++
              break
            } catch (error) {
              // A derivative no page asked for was never made: nothing to copy.
              if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
            }
          }
        }
        logger.info(`${downloads} downloads and ${images} image files published`)
      },
    },
  }
}
