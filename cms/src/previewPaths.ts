/**
 * The draft-preview contract between the CMS and the portal's preview server: which collections
 * have a preview, and its address, `/preview/<collection>/<id>?locale=<locale>`.
 */
import type { PublicCollection } from './snapshot/types'

/** The collections whose drafts the preview server renders as their portal pages. */
export const previewableCollections = [
  'news',
  'cases',
  'galleries',
  'materials',
  'library',
  'survey-reports',
  'ebooks',
  'videos',
  'pages',
  'project-zones',
] as const satisfies ReadonlyArray<PublicCollection>

export type PreviewableCollection = (typeof previewableCollections)[number]

export const isPreviewable = (collection: string): collection is PreviewableCollection =>
  (previewableCollections as readonly string[]).includes(collection)

/** The preview server's path of a document in a language. */
export const previewPath = (collection: PreviewableCollection, id: string, locale: string) =>
  `/preview/${collection}/${encodeURIComponent(id)}?locale=${encodeURIComponent(locale)}`
