import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { cleanOriginalImage } from '../src'

/** A GPS position and a camera serial number, as a phone writes them. */
const revealing = {
  IFD0: { Make: 'Phone', Model: 'Camera 1' },
  IFD2: { BodySerialNumber: 'SN-123456' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '25/1 2/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 33/1 0/1' },
}

const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" Iptc4xmpCore:Location="Taipei"/></rdf:RDF></x:xmpmeta>'

/** Left half red, right half blue: where the colours are shows how the picture is turned. */
async function photo(width = 60, height = 40) {
  const left = await sharp({ create: { width: width / 2, height, channels: 3, background: '#ff0000' } }).png().toBuffer()
  return sharp({ create: { width, height, channels: 3, background: '#0000ff' } }).composite([{ input: left, left: 0, top: 0 }])
}

const colourAt = async (bytes: Buffer, left: number, top: number) => {
  const { data } = await sharp(bytes).extract({ left, top, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
  return { red: data[0]!, blue: data[2]! }
}

const expectNoMetadata = async (bytes: Buffer) => {
  const metadata = await sharp(bytes).metadata()
  expect(metadata.exif).toBeUndefined()
  expect(metadata.xmp).toBeUndefined()
  expect(metadata.iptc).toBeUndefined()
  expect(bytes.includes('SN-123456')).toBe(false)
  expect(bytes.includes('Taipei')).toBe(false)
}

describe('cleanOriginalImage', () => {
  it('cuts EXIF and XMP out of an upright JPEG without re-encoding its picture', async () => {
    const plain = await (await photo()).jpeg({ quality: 90 }).toBuffer()
    const tagged = await sharp(plain).keepIccProfile().withExif(revealing).withXmp(xmp).jpeg({ quality: 90 }).toBuffer()
    expect((await sharp(tagged).metadata()).exif).toBeDefined()

    const cleaned = await cleanOriginalImage(tagged)

    await expectNoMetadata(cleaned.data)
    expect(cleaned).toMatchObject({ width: 60, height: 40, changed: true })
    expect((await sharp(cleaned.data).metadata()).format).toBe('jpeg')
    // Same decoded pixels as the upload: only metadata segments were removed.
    const pixels = async (bytes: Buffer) => (await sharp(bytes).raw().toBuffer()).toString('base64')
    expect(await pixels(cleaned.data)).toBe(await pixels(tagged))
  })

  it('keeps the ICC colour profile', async () => {
    const tagged = await (await photo()).withIccProfile('p3').withExif(revealing).jpeg().toBuffer()
    const cleaned = await cleanOriginalImage(tagged)
    expect((await sharp(cleaned.data).metadata()).icc).toBeDefined()
    await expectNoMetadata(cleaned.data)
  })

  it('turns a JPEG the way its EXIF orientation says and records the size as seen', async () => {
    // Orientation 6: stored 60×40, shown turned clockwise as 40×60 with red on top.
    const stored = await (await photo()).withExif(revealing).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer()
    expect((await sharp(stored).metadata()).orientation).toBe(6)

    const cleaned = await cleanOriginalImage(stored)

    await expectNoMetadata(cleaned.data)
    const metadata = await sharp(cleaned.data).metadata()
    expect(metadata).toMatchObject({ format: 'jpeg', width: 40, height: 60 })
    expect(metadata.orientation ?? 1).toBe(1)
    expect(cleaned).toMatchObject({ width: 40, height: 60 })
    expect((await colourAt(cleaned.data, 20, 5)).red).toBeGreaterThan(200)
    expect((await colourAt(cleaned.data, 20, 55)).blue).toBeGreaterThan(200)
  })

  it('removes metadata from PNG, WebP and AVIF and keeps each in its format', async () => {
    for (const format of ['png', 'webp', 'avif'] as const) {
      const tagged = await (await photo()).withExif(revealing).withXmp(xmp).toFormat(format).toBuffer()
      const cleaned = await cleanOriginalImage(tagged)
      await expectNoMetadata(cleaned.data)
      const metadata = await sharp(cleaned.data).metadata()
      expect(metadata.format).toBe(format === 'avif' ? 'heif' : format)
      expect(cleaned).toMatchObject({ width: 60, height: 40 })
    }
  })

  it('keeps an animated GIF animated, with every frame', async () => {
    const frames = await Promise.all(['#ff0000', '#00ff00', '#0000ff'].map((background) => sharp({ create: { width: 30, height: 20, channels: 3, background } }).raw().toBuffer()))
    const animation = await sharp(Buffer.concat(frames), { raw: { width: 30, height: 60, channels: 3, pageHeight: 20 } } as sharp.SharpOptions)
      .gif({ loop: 0, delay: [100, 100, 100] })
      .toBuffer()
    // A comment extension before the trailer, as editing tools leave them.
    const commented = Buffer.concat([animation.subarray(0, -1), Buffer.from([0x21, 0xfe, 5]), Buffer.from('Hello'), Buffer.from([0, 0x3b])])

    const cleaned = await cleanOriginalImage(commented)

    expect(cleaned.data.includes('Hello')).toBe(false)
    expect(await sharp(cleaned.data, { animated: true }).metadata()).toMatchObject({ format: 'gif', pages: 3, pageHeight: 20 })
    expect(cleaned).toMatchObject({ width: 30, height: 20 })
  })

  it('leaves an image without metadata as it is', async () => {
    const plain = await (await photo()).png().toBuffer()
    const cleaned = await cleanOriginalImage(plain)
    expect(cleaned.changed).toBe(false)
    expect(cleaned.data).toBe(plain)
  })
})
