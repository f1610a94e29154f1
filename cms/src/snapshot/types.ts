/**
 * The content contract between the CMS and the portal: what `pnpm --filter cms snapshot` writes and
 * the site build reads. Every document type is the CMS's generated one; only published documents,
 * as the public may read them, are ever in a snapshot.
 */
import type { Config } from '../payload-types'

export type Locale = Config['locale']

/** The collections the portal renders. */
export const publicCollections = [
  'news',
  'cases',
  'galleries',
  'materials',
  'library',
  'survey-reports',
  'pages',
  'links',
  'project-zones',
  'ebooks',
  'videos',
  'schools',
  'regions',
] as const satisfies ReadonlyArray<keyof Config['collections']>

export type PublicCollection = (typeof publicCollections)[number]

export const publicGlobals = ['site-settings', 'header-navigation', 'footer'] as const satisfies ReadonlyArray<keyof Config['globals']>

export type PublicGlobal = (typeof publicGlobals)[number]

/** One language's content. English fields without a translation are null (no fallback applied). */
export type LocaleContent = {
  collections: { [Slug in PublicCollection]: Config['collections'][Slug][] }
  globals: { [Slug in PublicGlobal]: Config['globals'][Slug] }
}

/** The upload collections whose files the portal serves or derives images from. */
export type UploadCollection = 'media' | 'documents' | 'video-files'

export type Snapshot = {
  /** ISO time the snapshot was taken. */
  exportedAt: string
  defaultLocale: Locale
  content: Record<Locale, LocaleContent>
}

/** File names inside a snapshot folder. */
export const snapshotFiles = {
  content: 'content.json',
  /** Uploaded originals, as `files/<collection>/<filename>`. */
  uploads: 'files',
} as const
