/** The e-book and video zone as its pages show it: the two lists, their order and size. */
import type { Ebook, Media, Video } from 'cms/payload-types'

/** Items per page of the e-book list and of the video list. */
export const MEDIA_PER_PAGE = 12

/** How many of the latest e-books, and of the latest videos, the zone's own page shows. */
export const MEDIA_LATEST_COUNT = 4

export type MediaKind = 'ebooks' | 'videos'

/** A list's first page without language prefix: `/media/ebooks/`; later pages add `page/2/`. */
export const mediaListPath = (kind: MediaKind) => `/media/${kind}/`

/** The latest publication year first; within a year, the latest added. */
export const latestEbooksFirst = <Item extends Pick<Ebook, 'year' | 'createdAt'>>(items: readonly Item[]): Item[] =>
  items.toSorted((a, b) => (b.year ?? 0) - (a.year ?? 0) || b.createdAt.localeCompare(a.createdAt))

/** The latest recorded first; a video without a recording date counts from when it was added. */
export const latestVideosFirst = <Item extends Pick<Video, 'recordedOn' | 'createdAt'>>(items: readonly Item[]): Item[] =>
  items.toSorted((a, b) => (b.recordedOn ?? b.createdAt).localeCompare(a.recordedOn ?? a.createdAt))

const uploadedImage = (value: unknown): Media | undefined =>
  value && typeof value === 'object' && (value as Media).filename ? (value as Media) : undefined

/** An e-book's cover: its own, else the cover the CMS made of its PDF's first page. */
export const ebookCover = (ebook: Pick<Ebook, 'cover' | 'file'>): Media | undefined =>
  uploadedImage(ebook.cover) ?? (typeof ebook.file === 'object' ? uploadedImage(ebook.file?.cover) : undefined)
