/**
 * The image derivatives the portal uses, made once at upload with sharp (never per site build).
 * Sizes with a height are cropped around the editor's focal point. WebP only: AVIF encoding costs
 * about ten times as much on this class of machine.
 */
export const imageSizes = [
  { name: 'thumbnail', width: 400, height: 300 },
  { name: 'card', width: 800, height: 500 },
  { name: 'large', width: 1600 },
] as const satisfies ReadonlyArray<{ name: string; width: number; height?: number }>

export const derivativeFormat = { format: 'webp', quality: 78 } as const
