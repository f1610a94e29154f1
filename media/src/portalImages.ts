/**
 * The portal's responsive images: AVIF and WebP at a few widths per use ("preset"), named by what
 * the image is (a hash of its bytes and its focal point), so that the CMS can make them ahead of
 * a build and the site build finds them in the shared cache.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { type DerivativeFormat, type DerivativeSpec, writeDerivative } from './derivative'

/** Each way the portal shows an image: widths to offer and, for cropped shapes, height ÷ width. */
export type PresetSpec = { widths: readonly number[]; aspect?: number }

export const presets = {
  /** Cards and thumbnails in lists and grids: 16:10, cropped around the focal point. */
  card: { widths: [400, 800], aspect: 10 / 16 },
  /** Photos in an article or album, in their own shape. */
  content: { widths: [640, 1280] },
  /** The lightbox and full-width heroes. */
  large: { widths: [1280, 1920] },
} as const satisfies Record<string, PresetSpec>

export type Preset = keyof typeof presets

export const presetNames = Object.keys(presets) as Preset[]

export const variantFormats: readonly DerivativeFormat[] = ['avif', 'webp']

export type ImageVariant = { name: string; width: number; height: number; format: DerivativeFormat }

/** What planning needs of an uploaded image (a `media` document). */
export type PlannedImage = {
  filename?: string | null
  width?: number | null
  height?: number | null
  focalX?: number | null
  focalY?: number | null
}

const presetSpec = (preset: Preset): PresetSpec => presets[preset]

/** The fingerprint of an original's bytes that variant names carry. */
export const imageFingerprint = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The variants of an image for a preset. Names change when the image's bytes or its focal point do. */
export function planVariants(image: PlannedImage, preset: Preset, fingerprint: string): ImageVariant[] {
  const originalWidth = image.width ?? 1600
  const originalHeight = image.height ?? 1000
  const { widths, aspect } = presetSpec(preset)
  const version = createHash('sha256')
    .update(`${fingerprint}|${image.focalX ?? 50}|${image.focalY ?? 50}`)
    .digest('hex')
    .slice(0, 10)
  const stem = path.parse(image.filename ?? 'image').name.replace(/[^a-zA-Z0-9-]+/g, '-').slice(0, 40)
  // Never wider than the original, and no two widths the same after capping.
  const usable = [...new Set(widths.map((width) => Math.min(width, originalWidth)))]
  return usable.flatMap((width) => {
    const height = Math.round(aspect ? width * aspect : (width * originalHeight) / originalWidth)
    return variantFormats.map((format) => ({ name: `${stem}-${version}-${width}x${height}.${format}`, width, height, format }))
  })
}

/** How to make a variant: cropped around the focal point for presets with a shape of their own. */
export const variantSpec = (image: PlannedImage, preset: Preset, variant: ImageVariant): DerivativeSpec => ({
  width: variant.width,
  height: presetSpec(preset).aspect !== undefined ? variant.height : undefined,
  focalX: image.focalX,
  focalY: image.focalY,
  format: variant.format,
})

/**
 * Makes every variant of every preset of the image at `source` that `cacheDirectory` does not hold
 * yet, one after another. Returns the names of the variants written.
 */
export async function writePortalVariants(source: string, image: PlannedImage, cacheDirectory: string): Promise<string[]> {
  const fingerprint = imageFingerprint(await fs.promises.readFile(source))
  const written: string[] = []
  for (const preset of presetNames) {
    for (const variant of planVariants(image, preset, fingerprint)) {
      const output = path.join(cacheDirectory, variant.name)
      if (fs.existsSync(output)) continue
      await writeDerivative(source, output, variantSpec(image, preset, variant))
      written.push(variant.name)
    }
  }
  return written
}
