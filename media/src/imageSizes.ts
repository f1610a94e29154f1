/**
 * The one size Payload makes itself at upload: the admin's thumbnail. The portal's sizes are the
 * presets in `portalImages.ts`, made by the CMS's background job and by the site build.
 */
export const imageSizes = [{ name: 'thumbnail', width: 400, height: 300 }] as const satisfies ReadonlyArray<{
  name: string
  width: number
  height?: number
}>

export const derivativeFormat = { format: 'webp', quality: 78 } as const
