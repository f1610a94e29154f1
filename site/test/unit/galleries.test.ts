import { describe, expect, it } from 'vitest'

import { eventYear, galleryRegionLabel, gallerySearchFacets } from '../../src/components/galleries/galleries'
import { publicPhotos } from '../../src/components/galleries/photos'
import { stepIndex } from '../../src/islands/Lightbox'

describe('lightbox navigation', () => {
  it('steps forward and back within the album', () => {
    expect(stepIndex(0, 1, 5)).toBe(1)
    expect(stepIndex(3, -1, 5)).toBe(2)
  })

  it('wraps from the last photo to the first and from the first to the last', () => {
    expect(stepIndex(4, 1, 5)).toBe(0)
    expect(stepIndex(0, -1, 5)).toBe(4)
    expect(stepIndex(0, 1, 1)).toBe(0)
  })
})

describe('albums', () => {
  it('dates an event by its day in Taiwan', () => {
    expect(eventYear({ eventDate: '2025-12-31T17:00:00.000Z' })).toBe(2026)
    expect(eventYear({ eventDate: '2026-10-21T01:00:00.000Z' })).toBe(2026)
  })

  it('calls an album without a region national', () => {
    expect(galleryRegionLabel(null, 'zh-TW')).toBe('全國')
    expect(galleryRegionLabel('south', 'en')).toBe('South')
  })

  it('is found by search as a gallery, by region and by year', () => {
    expect(gallerySearchFacets({ eventDate: '2026-06-03T01:00:00.000Z', region: 'north' }, 'zh-TW')).toEqual({ type: '活動花絮', region: '北區', year: 2026 })
    expect(gallerySearchFacets({ eventDate: '2026-06-03T01:00:00.000Z', region: null }, 'en')).toEqual({ type: 'Photo galleries', region: 'National', year: 2026 })
  })

  it('keeps only photos whose image is public, in order, with their captions', () => {
    const image = (id: string, filename?: string) => ({ id, filename, alt: id, updatedAt: '', createdAt: '' })
    const photos = publicPhotos({ photos: [{ image: image('a', 'a.jpg'), caption: 'A' }, { image: 'hidden-id' }, { image: image('c', 'c.jpg') }, { image: image('d') }] })
    expect(photos.map((photo) => [photo.image.id, photo.caption])).toEqual([
      ['a', 'A'],
      ['c', undefined],
    ])
  })
})
