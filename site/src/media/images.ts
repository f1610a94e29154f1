/**
 * Responsive images: AVIF and WebP at a few widths per use ("preset"), made once with sharp and
 * kept in a cache across builds (encoding dominates build time), then copied into the site.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Media } from 'cms/payload-types'
import { type DerivativeFormat, writeDerivative } from 'media'

import { noteSnapshotRead } from '../build/snapshotReads'
import { uploadedFilePath } from '../content/snapshot'

/** Each way the portal shows an image: widths to offer and, for cropped shapes, height ÷ width. */
type PresetSpec = { widths: readonly number[]; aspect?: number }

export const presets = {
  /** Cards and thumbnails in lists and grids: 16:10, cropped around the focal point. */
  card: { widths: [400, 800], aspect: 10 / 16 },
  /** Photos in an article or album, in their own shape. */
  content: { widths: [640, 1280] },
  /** The lightbox and full-width heroes. */
  large: { widths: [1280, 1920] },
} as const satisfies Record<string, PresetSpec>

export type Preset = keyof typeof presets
const specOf = (preset: Preset): PresetSpec => presets[preset]
const formats: readonly DerivativeFormat[] = ['avif', 'webp']

export type ImageVariant = { name: string; width: number; height: number; format: DerivativeFormat }

export type Picture = {
  sources: Array<{ type: string; srcset: string }>
  /** The fallback `<img src>`: the largest WebP. */
  src: string
  width: number
  height: number
  alt: string
}

/** Uploaded images with what the plan needs. */
export type ImageDocument = Pick<Media, 'id' | 'filename' | 'alt' | 'width' | 'height' | 'focalX' | 'focalY' | 'url'>

export const imageCacheDirectory = () => path.resolve(process.env.IMAGE_CACHE_DIR ?? path.join(process.cwd(), '.cache', 'images'))

/** The public URL of a derivative. */
export const imageURL = (name: string) => `/images/${name}`

const fingerprints = new Map<string, string>()

/**
 * A hash of an uploaded original's bytes, read once per build. Derivatives are named by what the
 * image is, not by when its document was saved, so re-seeding, re-exporting or editing an image's
 * alt text reuses them from the cache.
 */
function fileFingerprint(filename: string): string {
  noteSnapshotRead(`upload:media/${filename}`)
  let fingerprint = fingerprints.get(filename)
  if (!fingerprint) {
    fingerprint = createHash('sha256').update(fs.readFileSync(uploadedFilePath('media', filename))).digest('hex')
    fingerprints.set(filename, fingerprint)
  }
  return fingerprint
}

/** The derivatives of an image for a preset. Names change when the image or its focal point does. */
export function planVariants(image: ImageDocument, preset: Preset): ImageVariant[] {
  const originalWidth = image.width ?? 1600
  const originalHeight = image.height ?? 1000
  const { widths, aspect } = specOf(preset)
  const version = createHash('sha256')
    .update(`${fileFingerprint(image.filename!)}|${image.focalX ?? 50}|${image.focalY ?? 50}`)
    .digest('hex')
    .slice(0, 10)
  const stem = path.parse(image.filename ?? 'image').name.replace(/[^a-zA-Z0-9-]+/g, '-').slice(0, 40)
  // Never wider than the original, and no two widths the same after capping.
  const usable = [...new Set(widths.map((width) => Math.min(width, originalWidth)))]
  return usable.flatMap((width) => {
    const height = Math.round(aspect ? width * aspect : (width * originalHeight) / originalWidth)
    return formats.map((format) => ({ name: `${stem}-${version}-${width}x${height}.${format}`, width, height, format }))
  })
}

/** Derivatives being written, by output path: pages render concurrently and share images. */
const writing = new Map<string, Promise<void>>()
/** Derivatives known to be in the cache: most images appear on many pages. */
const cached = new Set<string>()

function ensureVariant(image: ImageDocument, preset: Preset, variant: ImageVariant): Promise<void> {
  const output = path.join(imageCacheDirectory(), variant.name)
  if (cached.has(output)) return Promise.resolve()
  if (fs.existsSync(output)) {
    cached.add(output)
    return Promise.resolve()
  }
  let pending = writing.get(output)
  if (!pending) {
    const cropped = specOf(preset).aspect !== undefined
    pending = writeDerivative(uploadedFilePath('media', image.filename!), output, {
      width: variant.width,
      height: cropped ? variant.height : undefined,
      focalX: image.focalX,
      focalY: image.focalY,
      format: variant.format,
    })
      .then(() => void cached.add(output))
      .finally(() => writing.delete(output))
    writing.set(output, pending)
  }
  return pending
}

/**
 * A draft's image in the preview server: the CMS's own upload, since a draft's images may not be
 * in the snapshot yet and a preview must not fill the build's derivative cache.
 */
function uploadedPicture(image: ImageDocument, alt: string): Picture {
  return { sources: [], src: image.url ?? '', width: image.width ?? 1600, height: image.height ?? 1000, alt }
}

/** The `<picture>` data of an image for a preset, making any derivative not yet in the cache. */
export async function picture(image: ImageDocument, preset: Preset, alt = image.alt): Promise<Picture> {
  if (import.meta.env.DRAFT_PREVIEW) return uploadedPicture(image, alt)
  const variants = planVariants(image, preset)
  for (const variant of variants) await ensureVariant(image, preset, variant)
  const srcset = (format: DerivativeFormat) =>
    variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${imageURL(variant.name)} ${variant.width}w`)
      .join(', ')
  const largest = variants.filter((variant) => variant.format === 'webp').at(-1)!
  return {
    sources: formats.map((format) => ({ type: `image/${format}`, srcset: srcset(format) })),
    src: imageURL(largest.name),
    width: largest.width,
    height: largest.height,
    alt,
  }
}

/** Every derivative the current content can use, for copying from the cache into the built site. */
export function allVariantNames(images: ImageDocument[]): string[] {
  return images.flatMap((image) => (Object.keys(presets) as Preset[]).flatMap((preset) => planVariants(image, preset).map((variant) => variant.name)))
}
