/**
 * Responsive images: AVIF and WebP at a few widths per use ("preset"), planned by the `media`
 * package, made with sharp and kept in a cache across builds (encoding dominates build time), then
 * copied into the site. The CMS makes an image's variants into the same cache after its upload.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Media } from 'cms/payload-types'
import {
  type DerivativeFormat,
  type ImageVariant,
  imageFingerprint,
  type Preset,
  planVariants as planFor,
  presetNames,
  variantFormats,
  variantSpec,
  writeDerivative,
} from 'media'

import { noteSnapshotRead } from '../build/snapshotReads'
import { dataDirectory, uploadedFilePath } from '../content/snapshot'

export { type ImageVariant, type Preset, presets } from 'media'

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

/** IMAGE_CACHE_DIR, else `image-cache/` in the data folder, where the CMS makes variants after an upload. */
export const imageCacheDirectory = () => path.resolve(process.env.IMAGE_CACHE_DIR ?? path.join(dataDirectory(), 'image-cache'))

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
    fingerprint = imageFingerprint(fs.readFileSync(uploadedFilePath('media', filename)))
    fingerprints.set(filename, fingerprint)
  }
  return fingerprint
}

/** The derivatives of an image for a preset. Names change when the image or its focal point does. */
export const planVariants = (image: ImageDocument, preset: Preset): ImageVariant[] => planFor(image, preset, fileFingerprint(image.filename!))

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
    pending = writeDerivative(uploadedFilePath('media', image.filename!), output, variantSpec(image, preset, variant))
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
    sources: variantFormats.map((format) => ({ type: `image/${format}`, srcset: srcset(format) })),
    src: imageURL(largest.name),
    width: largest.width,
    height: largest.height,
    alt,
  }
}

/** Every derivative the current content can use, for copying from the cache into the built site. */
export function allVariantNames(images: ImageDocument[]): string[] {
  return images.flatMap((image) => presetNames.flatMap((preset) => planVariants(image, preset).map((variant) => variant.name)))
}
