import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { allVariantNames, type ImageDocument, picture, planVariants, presets } from '../../src/media/images'

const photo: ImageDocument = {
  id: 'photo-1',
  filename: '種子教師 培訓 photo.JPG',
  alt: '種子教師培訓現場',
  width: 3000,
  height: 2000,
  focalX: 50,
  focalY: 50,
}

/** A snapshot folder with uploaded originals (derivative names depend on their bytes). */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'images-test-'))
const uploads = path.join(folder, 'snapshot', 'files', 'media')

beforeAll(() => {
  vi.stubEnv('SNAPSHOT_DIR', path.join(folder, 'snapshot'))
  fs.mkdirSync(uploads, { recursive: true })
  fs.writeFileSync(path.join(uploads, photo.filename!), 'photo bytes')
  fs.writeFileSync(path.join(uploads, 'copy.JPG'), 'photo bytes')
  fs.writeFileSync(path.join(uploads, 'other.JPG'), 'other bytes')
  fs.writeFileSync(path.join(uploads, 'gallery.png'), 'gallery bytes')
})

afterAll(() => {
  vi.unstubAllEnvs()
  fs.rmSync(folder, { recursive: true, force: true })
})

describe('planVariants', () => {
  it('names an image’s variants by the bytes of its original in the snapshot, and by its focal point', () => {
    const version = (image: ImageDocument) => planVariants(image, 'card')[0]!.name.match(/-([0-9a-f]{10})-/)![1]
    expect(version({ ...photo })).toBe(version(photo))
    // Named by the bytes, not the document: a re-uploaded copy or a re-seeded image reuses them.
    expect(version({ ...photo, id: 'photo-2', filename: 'copy.JPG' })).toBe(version(photo))
    expect(version({ ...photo, filename: 'other.JPG' })).not.toBe(version(photo))
    expect(version({ ...photo, focalX: 20 })).not.toBe(version(photo))
  })
})

describe('allVariantNames', () => {
  it('lists the derivatives of every preset for every image', () => {
    const other = { ...photo, id: 'photo-2', filename: 'gallery.png' }
    const perImage = (Object.keys(presets) as Array<keyof typeof presets>).reduce((sum, preset) => sum + planVariants(photo, preset).length, 0)
    expect(allVariantNames([photo, other])).toHaveLength(perImage * 2)
  })
})

describe('picture', () => {
  it('makes each derivative once when pages ask for the same image at the same time on a cold cache', async () => {
    vi.stubEnv('IMAGE_CACHE_DIR', path.join(folder, 'cache'))
    const image: ImageDocument = { ...photo, filename: 'album.png', width: 1800, height: 1200 }
    await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#2a6' } }).png().toFile(path.join(uploads, 'album.png'))

    const pictures = await Promise.all(Array.from({ length: 6 }, () => picture(image, 'large')))

    expect(new Set(pictures.map((result) => result.src)).size).toBe(1)
    const written = fs.readdirSync(path.join(folder, 'cache')).sort()
    expect(written).toEqual(planVariants(image, 'large').map((variant) => variant.name).sort())
    for (const name of written) expect((await sharp(path.join(folder, 'cache', name)).metadata()).width).toBeGreaterThan(0)
  })
})
