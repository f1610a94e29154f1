import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { focalCrop, writeDerivative } from '../src'

describe('focalCrop', () => {
  it('scales the image to cover the target and centres the window by default', () => {
    expect(focalCrop({ width: 2000, height: 1000 }, { width: 800, height: 500 })).toEqual({
      scaled: { width: 1000, height: 500 },
      left: 100,
      top: 0,
    })
  })

  it('moves the window towards the focal point', () => {
    // Scaled to 1500×500: the window's centre goes to 70 % of 1500 px.
    const { left } = focalCrop({ width: 3000, height: 1000 }, { width: 800, height: 500 }, { x: 70, y: 50 })
    expect(left).toBe(1050 - 400)
  })

  it('keeps the window inside the image when the focal point is near an edge', () => {
    expect(focalCrop({ width: 2000, height: 1000 }, { width: 800, height: 500 }, { x: 0, y: 0 })).toMatchObject({ left: 0, top: 0 })
    expect(focalCrop({ width: 2000, height: 1000 }, { width: 800, height: 500 }, { x: 100, y: 100 })).toMatchObject({ left: 200, top: 0 })
    expect(focalCrop({ width: 1000, height: 2000 }, { width: 800, height: 500 }, { x: 50, y: 100 })).toMatchObject({ left: 0, top: 1100 })
  })
})

describe('writeDerivative', () => {
  let folder: string
  let source: string

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'media-derivative-'))
    source = path.join(folder, 'source.jpg')
    // Left half red, right half blue, with EXIF metadata that must not survive.
    const left = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#ff0000' } }).png().toBuffer()
    await sharp({ create: { width: 1200, height: 400, channels: 3, background: '#0000ff' } })
      .composite([{ input: left, left: 0, top: 0 }])
      .withMetadata({ exif: { IFD0: { Artist: 'Photographer' } } })
      .jpeg()
      .toFile(source)
  })

  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

  it('resizes to the width in the requested format, keeping the shape', async () => {
    const output = path.join(folder, 'content-600.webp')
    await writeDerivative(source, output, { width: 600, format: 'webp' })
    const metadata = await sharp(output).metadata()
    expect(metadata).toMatchObject({ format: 'webp', width: 600, height: 200 })
    expect(metadata.exif).toBeUndefined()
  })

  it('never enlarges past the original width', async () => {
    const output = path.join(folder, 'wide.avif')
    await writeDerivative(source, output, { width: 2400, format: 'avif' })
    expect(await sharp(output).metadata()).toMatchObject({ format: 'heif', width: 1200, height: 400 })
  })

  it('crops around the focal point', async () => {
    const colourAt = async (file: string) => {
      const { data } = await sharp(file).extract({ left: 100, top: 100, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
      return { red: data[0]!, blue: data[2]! }
    }
    const onRed = path.join(folder, 'square-red.webp')
    const onBlue = path.join(folder, 'square-blue.webp')
    await writeDerivative(source, onRed, { width: 200, height: 200, focalX: 10, focalY: 50, format: 'webp' })
    await writeDerivative(source, onBlue, { width: 200, height: 200, focalX: 90, focalY: 50, format: 'webp' })
    expect(await sharp(onRed).metadata()).toMatchObject({ width: 200, height: 200 })
    const red = await colourAt(onRed)
    const blue = await colourAt(onBlue)
    expect(red.red).toBeGreaterThan(200)
    expect(red.blue).toBeLessThan(60)
    expect(blue.blue).toBeGreaterThan(200)
    expect(blue.red).toBeLessThan(60)
  })

  it('leaves no temporary file behind', () => {
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
