import type { Media } from 'cms/payload-types'

/** A `photos` field as the CMS stores it on cases and galleries: images with their own captions. */
type PhotoRows = { photos?: Array<{ image: string | Media; caption?: string | null }> | null }

export type Photo = { image: Media; caption?: string | null }

/** The photos whose image is public (an unpopulated id is not), in the editors' order. */
export const publicPhotos = (item: PhotoRows): Photo[] =>
  (item.photos ?? []).flatMap((row) => (typeof row.image === 'object' && row.image?.filename ? [{ image: row.image, caption: row.caption }] : []))
