import { describe, expect, test } from 'vitest'

import { ebookCover, latestEbooksFirst, latestVideosFirst, MEDIA_PER_PAGE, mediaListPath } from '../../src/components/media/media'
import { paginateList } from '../../src/content/paginate'
import { mediaCount } from '../../src/i18n/mediaZone'

describe('e-book and video lists', () => {
  test('e-books: the latest year first, then the latest added; no year goes last', () => {
    const ebooks = [
      { id: 'old', year: 2021, createdAt: '2026-01-03T00:00:00.000Z' },
      { id: 'undated', year: null, createdAt: '2026-05-01T00:00:00.000Z' },
      { id: 'new-early', year: 2025, createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'new-late', year: 2025, createdAt: '2026-02-01T00:00:00.000Z' },
    ]
    expect(latestEbooksFirst(ebooks).map((ebook) => ebook.id)).toEqual(['new-late', 'new-early', 'old', 'undated'])
    expect(ebooks[0]!.id, 'the given list is left as it was').toBe('old')
  })

  test('videos: the latest recorded first; without a recording date, by when it was added', () => {
    const videos = [
      { id: 'autumn', recordedOn: '2025-10-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'added-in-summer', recordedOn: null, createdAt: '2025-07-01T00:00:00.000Z' },
      { id: 'spring', recordedOn: '2025-04-01T00:00:00.000Z', createdAt: '2026-01-02T00:00:00.000Z' },
    ]
    expect(latestVideosFirst(videos).map((video) => video.id)).toEqual(['autumn', 'added-in-summer', 'spring'])
  })

  test('each list has its own address, paginated as the other lists are', () => {
    expect(mediaListPath('ebooks')).toBe('/media/ebooks/')
    expect(mediaListPath('videos')).toBe('/media/videos/')
    const pages = paginateList(Array.from({ length: MEDIA_PER_PAGE + 1 }, (_, index) => index), MEDIA_PER_PAGE)
    expect(pages.map(({ page, pages: count, items }) => [page, count, items.length])).toEqual([
      [1, 2, MEDIA_PER_PAGE],
      [2, 2, 1],
    ])
  })

  test('say how many there are, and on a list of several pages which page this is', () => {
    expect(mediaCount('ebooks', 6, 1, 1, 'zh-TW')).toBe('共 6 本電子書')
    expect(mediaCount('videos', 1, 1, 1, 'en')).toBe('1 video')
    expect(mediaCount('videos', 6, 1, 1, 'en')).toBe('6 videos')
    expect(mediaCount('ebooks', 30, 2, 3, 'en')).toBe('30 e-books, page 2 of 3')
    expect(mediaCount('videos', 30, 3, 3, 'zh-TW')).toBe('共 30 部影片，第 3 頁，共 3 頁')
  })
})

describe('e-book covers', () => {
  const own = { id: 'own', filename: 'own-cover.jpg' }
  const fromPdf = { id: 'pdf', filename: 'handbook-cover.png' }
  /** Only the fields the choice reads. */
  const ebook = (fields: unknown) => fields as Parameters<typeof ebookCover>[0]

  test('an e-book shows its own cover, else the one made of its PDF’s first page', () => {
    expect(ebookCover(ebook({ cover: own, file: { cover: fromPdf } }))).toBe(own)
    expect(ebookCover(ebook({ cover: null, file: { cover: fromPdf } }))).toBe(fromPdf)
  })

  test('no cover when neither is there or they were not read with the e-book', () => {
    expect(ebookCover(ebook({ cover: null, file: { cover: null } }))).toBeUndefined()
    expect(ebookCover(ebook({ cover: 'own', file: 'pdf' }))).toBeUndefined()
  })
})
