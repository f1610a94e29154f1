/**
 * The content the served site was built from, read as the site reads it (English filled from
 * Chinese): tests look for the real seeded titles and texts on the pages.
 */
import { inject } from 'vitest'

// The site's content module finds the snapshot through SNAPSHOT_DIR when it first reads it.
process.env.SNAPSHOT_DIR = inject('siteSnapshot')

export { getCollection, getGlobal } from '../../src/content'
