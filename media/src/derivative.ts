import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

export type DerivativeFormat = 'avif' | 'webp'

export type DerivativeSpec = {
  width: number
  /** With a height the image is cropped to that shape around the focal point; without, it keeps its shape. */
  height?: number
  /** Focal point in percent of the width and height (Payload's focalX/focalY); the centre by default. */
  focalX?: number | null
  focalY?: number | null
  format: DerivativeFormat
}

/** Encoder settings: AVIF at low effort (higher effort costs seconds per image for little gain). */
const encoders = {
  avif: (image: sharp.Sharp) => image.avif({ quality: 55, effort: 2 }),
  webp: (image: sharp.Sharp) => image.webp({ quality: 78 }),
} satisfies Record<DerivativeFormat, (image: sharp.Sharp) => sharp.Sharp>

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

/** Where to cut a `width`×`height` window from an image scaled to cover it, centred on the focal point. */
export function focalCrop(
  source: { width: number; height: number },
  target: { width: number; height: number },
  focal: { x: number; y: number } = { x: 50, y: 50 },
) {
  const scale = Math.max(target.width / source.width, target.height / source.height)
  const scaled = { width: Math.round(source.width * scale), height: Math.round(source.height * scale) }
  const left = clamp(Math.round((focal.x / 100) * scaled.width - target.width / 2), 0, scaled.width - target.width)
  const top = clamp(Math.round((focal.y / 100) * scaled.height - target.height / 2), 0, scaled.height - target.height)
  return { scaled, left, top }
}

/**
 * Writes one derivative of an image: resized (never enlarged past the requested width), cropped
 * around the focal point when a height is given, metadata (EXIF location among it) stripped.
 * Written to a temporary name and renamed, so a reader never sees half a file.
 */
export async function writeDerivative(input: string, output: string, spec: DerivativeSpec): Promise<void> {
  let image = sharp(input, { limitInputPixels: 100_000_000 }).rotate()
  if (spec.height) {
    const oriented = await image.clone().toBuffer({ resolveWithObject: true })
    const source = { width: oriented.info.width, height: oriented.info.height }
    const target = { width: spec.width, height: spec.height }
    const { scaled, left, top } = focalCrop(source, target, { x: spec.focalX ?? 50, y: spec.focalY ?? 50 })
    image = sharp(oriented.data).resize(scaled.width, scaled.height).extract({ left, top, ...target })
  } else {
    image = image.resize({ width: spec.width, withoutEnlargement: true })
  }
  await fs.mkdir(path.dirname(output), { recursive: true })
  const temporary = `${output}.${process.pid}.tmp`
  await encoders[spec.format](image).toFile(temporary)
  await fs.rename(temporary, output)
}
