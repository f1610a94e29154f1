import type { CollectionConfig } from 'payload'

import { previewURL } from '../environment'
import { type PreviewableCollection, previewPath } from '../previewPaths'

type Preview = NonNullable<NonNullable<CollectionConfig['admin']>['preview']>

/**
 * The admin's Preview button of a collection: opens the document's latest draft, in the language
 * being edited, as the portal will show it. The preview server asks the CMS with the editor's own
 * session, so it shows only what that account may read. No button before the document is saved,
 * nor for a document the portal has no page for (`hasPortalPage`).
 */
export const draftPreview =
  (collection: PreviewableCollection, hasPortalPage: (document: Record<string, unknown>) => boolean = () => true): Preview =>
  (document, { locale }) =>
    document.id && hasPortalPage(document) ? `${previewURL}${previewPath(collection, String(document.id), locale)}` : null
