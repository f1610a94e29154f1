/**
 * An uploaded image as it is stored and served: without the metadata a photo carries (EXIF with
 * GPS position, camera serial numbers, XMP and IPTC location), and turned the way its EXIF
 * orientation says, so that it looks the same to a reader as before. Where the picture needs no
 * turning, the metadata segments are cut out of the file and the picture data is kept byte for
 * byte (JPEG, PNG, WebP, GIF, animations included); otherwise it is re-encoded at high quality in
 * its own format, keeping its ICC colour profile.
 */
import sharp from 'sharp'

export type CleanedImage = {
  data: Buffer
  /** Width and height as the picture is seen (after orientation; one frame of an animation). */
  width: number
  height: number
  /** Whether the bytes differ from the upload. */
  changed: boolean
}

const PIXEL_LIMIT = 100_000_000

/** JPEG application segments (APP1–APP15) and comments are dropped, except ICC profiles (APP2) and Adobe's colour transform (APP14). */
const APP2 = 0xe2
const COM = 0xfe
const APP14 = 0xee
const SOS = 0xda
const EOI = 0xd9

const startsWith = (bytes: Buffer, offset: number, text: string) => bytes.toString('latin1', offset, offset + text.length) === text

/** A JPEG without its APPn metadata segments and comments, and without what follows its end (MPF preview images). */
function stripJpeg(input: Buffer): Buffer {
  const kept: Buffer[] = [input.subarray(0, 2)]
  let position = 2
  while (position + 2 <= input.length) {
    if (input[position] !== 0xff) throw new Error('Malformed JPEG segment')
    const marker = input[position + 1]!
    if (marker === 0xff) {
      position++
      continue
    }
    if (marker === EOI) {
      kept.push(input.subarray(position, position + 2))
      return Buffer.concat(kept)
    }
    const length = input.readUInt16BE(position + 2)
    const end = position + 2 + length
    if (marker === SOS) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
      let scan = end
      while (scan + 1 < input.length && !(input[scan] === 0xff && input[scan + 1] !== 0 && (input[scan + 1]! < 0xd0 || input[scan + 1]! > 0xd7))) scan++
      kept.push(input.subarray(position, scan))
      position = scan
      continue
    }
    const isIccProfile = marker === APP2 && startsWith(input, position + 4, 'ICC_PROFILE\0')
    const isMetadata = (marker >= 0xe1 && marker <= 0xef && marker !== APP14 && !isIccProfile) || marker === COM
    if (!isMetadata) kept.push(input.subarray(position, end))
    position = end
  }
  throw new Error('JPEG without an end marker')
}

/** PNG chunks that carry metadata: EXIF, text (XMP travels in iTXt) and the modification time. */
const pngMetadataChunks = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME'])

function stripPng(input: Buffer): Buffer {
  const kept: Buffer[] = [input.subarray(0, 8)]
  let position = 8
  while (position + 12 <= input.length) {
    const length = input.readUInt32BE(position)
    const type = input.toString('latin1', position + 4, position + 8)
    const end = position + 12 + length
    if (!pngMetadataChunks.has(type)) kept.push(input.subarray(position, end))
    if (type === 'IEND') return Buffer.concat(kept)
    position = end
  }
  throw new Error('PNG without an end chunk')
}

/** A WebP without its EXIF and XMP chunks, and with the flags that announced them cleared. */
function stripWebp(input: Buffer): Buffer {
  const kept: Buffer[] = []
  let position = 12
  while (position + 8 <= input.length) {
    const type = input.toString('latin1', position, position + 4)
    const size = input.readUInt32LE(position + 4)
    const end = Math.min(input.length, position + 8 + size + (size % 2))
    if (type === 'VP8X') {
      const chunk = Buffer.from(input.subarray(position, end))
      chunk[8] = chunk[8]! & ~0x0c
      kept.push(chunk)
    } else if (type !== 'EXIF' && type !== 'XMP ') {
      kept.push(input.subarray(position, end))
    }
    position = end
  }
  const body = Buffer.concat(kept)
  const header = Buffer.from(input.subarray(0, 12))
  header.writeUInt32LE(body.length + 4, 4)
  return Buffer.concat([header, body])
}

/** Skips a GIF's data sub-blocks from `position`; returns where the terminator ends. */
function skipSubBlocks(input: Buffer, position: number): number {
  while (position < input.length && input[position] !== 0) position += input[position]! + 1
  return position + 1
}

/** A GIF without comments and XMP application blocks; its frames and looping are untouched. */
function stripGif(input: Buffer): Buffer {
  const colourTable = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0)
  let position = 13 + colourTable(input[10]!)
  const kept: Buffer[] = [input.subarray(0, position)]
  while (position < input.length) {
    const start = position
    const block = input[position]!
    if (block === 0x3b) {
      kept.push(input.subarray(position, position + 1))
      return Buffer.concat(kept)
    }
    if (block === 0x2c) {
      position += 10 + colourTable(input[position + 9]!) + 1
      position = skipSubBlocks(input, position)
      kept.push(input.subarray(start, position))
    } else if (block === 0x21) {
      const label = input[position + 1]!
      const isXmp = label === 0xff && startsWith(input, position + 3, 'XMP Data')
      position = skipSubBlocks(input, position + 2)
      if (label !== 0xfe && !isXmp) kept.push(input.subarray(start, position))
    } else {
      throw new Error('Malformed GIF block')
    }
  }
  throw new Error('GIF without a trailer')
}

const strippers: Record<string, (input: Buffer) => Buffer> = { jpeg: stripJpeg, png: stripPng, webp: stripWebp, gif: stripGif }

/** The image without its metadata segments, or undefined when its format or structure does not allow it. */
function stripLosslessly(input: Buffer, format: string): Buffer | undefined {
  try {
    return strippers[format]?.(input)
  } catch {
    return undefined
  }
}

/** Re-encoding in the same format at high quality, turned upright, with the ICC profile and no other metadata. */
function reencode(input: Buffer, format: string, animated: boolean): Promise<Buffer> {
  const image = sharp(input, { limitInputPixels: PIXEL_LIMIT, animated }).rotate().keepIccProfile()
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer()
    case 'png':
      return image.png().toBuffer()
    case 'webp':
      return image.webp({ quality: 95 }).toBuffer()
    case 'gif':
      return image.gif().toBuffer()
    default:
      return image.avif({ quality: 90 }).toBuffer()
  }
}

const carriesMetadata = (metadata: sharp.Metadata) => Boolean(metadata.exif || metadata.xmp || metadata.iptc || metadata.comments?.length)

/**
 * The image to store for an upload: its metadata removed and its orientation applied, in its own
 * format. An image with nothing to remove comes back unchanged.
 */
export async function cleanOriginalImage(input: Buffer): Promise<CleanedImage> {
  const metadata = await sharp(input, { limitInputPixels: PIXEL_LIMIT }).metadata()
  const upright = !metadata.orientation || metadata.orientation === 1
  const animated = (metadata.pages ?? 1) > 1
  // Sharp does not report every kind of metadata (GIF comments, for one): cut whatever the format's stripper knows.
  let data = (upright && stripLosslessly(input, metadata.format)) || input
  if (data.equals(input)) data = input
  let cleaned = data === input ? metadata : await sharp(data, { limitInputPixels: PIXEL_LIMIT }).metadata()
  if (!upright || carriesMetadata(cleaned)) {
    data = await reencode(input, metadata.format, animated)
    cleaned = await sharp(data, { limitInputPixels: PIXEL_LIMIT }).metadata()
  }
  return {
    data,
    width: cleaned.autoOrient?.width ?? cleaned.width,
    height: animated ? (cleaned.pageHeight ?? cleaned.height) : (cleaned.autoOrient?.height ?? cleaned.height),
    changed: data !== input,
  }
}
