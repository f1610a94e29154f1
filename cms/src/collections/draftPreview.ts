import type { CollectionConfig } from 'payload'

import { previewURL } from '../environment'
import { type PreviewableCollection, previewPath } from '../previewPaths'

/**
 * The admin's Preview button of a collection: opens the document's latest draft, in the language
 * being edited, as the portal will show it. The preview server asks the CMS with the editor's own
 * session, so it shows only what that account may read.
 */
export const draftPreview =
  (collection: PreviewableCollection): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (document, { locale }) =>
    document.id ? `${previewURL}${previewPath(collection, String(document.id), locale)}` : null
