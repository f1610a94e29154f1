import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { imageFingerprint, type PlannedImage, planVariants, presetNames, presets, writePortalVariants } from '../src'

const photo: PlannedImage = { filename: '種子教師 培訓 photo.JPG', width: 3000, height: 2000, focalX: 50, focalY: 50 }
const fingerprint = imageFingerprint(Buffer.from('photo bytes'))

describe('planVariants', () => {
  it('offers each width of a preset in AVIF and WebP, in the image’s own shape', () => {
    expect(planVariants(photo, 'content', fingerprint).map(({ width, height, format }) => `${width}x${height}.${format}`)).toEqual([
      '640x427.avif',
      '640x427.webp',
      '1280x853.avif',
      '1280x853.webp',
    ])
  })

  it('crops card images to 16:10', () => {
    for (const variant of planVariants(photo, 'card', fingerprint)) expect(variant.height).toBe(Math.round(variant.width * presets.card.aspect))
  })

  it('never enlarges: widths are capped at the original and not repeated', () => {
    const small = { ...photo, width: 700, height: 500 }
    expect(planVariants(small, 'content', fingerprint).map((variant) => variant.width)).toEqual([640, 640, 700, 700])
    expect(planVariants(small, 'large', fingerprint).map((variant) => variant.width)).toEqual([700, 700])
  })

  it('names variants with ASCII only, by the bytes and the focal point', () => {
    const version = (image: PlannedImage, bytes = fingerprint) => planVariants(image, 'card', bytes)[0]!.name.match(/-([0-9a-f]{10})-/)![1]
    for (const { name } of planVariants(photo, 'large', fingerprint)) expect(name).toMatch(/^[A-Za-z0-9-]+-[0-9a-f]{10}-\d+x\d+\.(avif|webp)$/)
    expect(version({ ...photo, filename: 'copy.JPG' })).toBe(version(photo))
    expect(version(photo, imageFingerprint(Buffer.from('other bytes')))).not.toBe(version(photo))
    expect(version({ ...photo, focalX: 20 })).not.toBe(version(photo))
  })
})

describe('writePortalVariants', () => {
  let folder: string
  let source: string
  const image: PlannedImage = { filename: 'halves.png', width: 1200, height: 400, focalX: 90, focalY: 50 }

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-variants-'))
    source = path.join(folder, 'halves.png')
    // Left half red, right half blue: where a card is cut shows in its colours.
    const left = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#ff0000' } }).png().toBuffer()
    await sharp({ create: { width: 1200, height: 400, channels: 3, background: '#0000ff' } })
      .composite([{ input: left, left: 0, top: 0 }])
      .png()
      .toFile(source)
  })

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

  it('writes every planned variant of every preset into the cache, and nothing twice', async () => {
    const cache = path.join(folder, 'cache')
    const written = await writePortalVariants(source, image, cache)
    const planned = presetNames.flatMap((preset) => planVariants(image, preset, imageFingerprint(fs.readFileSync(source))).map((variant) => variant.name))
    expect(written.sort()).toEqual([...new Set(planned)].sort())
    expect(fs.readdirSync(cache).sort()).toEqual([...new Set(planned)].sort())
    expect(await writePortalVariants(source, image, cache)).toEqual([])

    const card = planVariants(image, 'card', imageFingerprint(fs.readFileSync(source))).find((variant) => variant.format === 'webp')!
    const { data, info } = await sharp(path.join(cache, card.name)).raw().toBuffer({ resolveWithObject: true })
    expect(info).toMatchObject({ width: card.width, height: card.height })
    // Three quarters across the card: blue when cropped around the focal point, red when centred.
    const pixel = (Math.floor(info.height / 2) * info.width + Math.floor((info.width * 3) / 4)) * info.channels
    expect(data[pixel + 2]).toBeGreaterThan(200)
    expect(data[pixel]).toBeLessThan(60)
  })
})
