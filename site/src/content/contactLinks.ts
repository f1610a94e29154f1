/**
 * A `tel:` address that phones dial from anywhere: a Taiwanese number with its country code
 * (02-2183-6641 → +886221836641) and an extension (`#2611`, `轉2611`, `ext. 2611`) after a pause.
 */
export function telHref(phone: string): string {
  const [number = '', extension] = phone.split(/\s*(?:#|轉|分機|ext\.?)\s*/i)
  let digits = number.replace(/[^\d+]/g, '')
  if (/^0[1-9]/.test(digits)) digits = `+886${digits.slice(1)}`
  const extensionDigits = extension?.replace(/\D/g, '')
  return `tel:${digits}${extensionDigits ? `,${extensionDigits}` : ''}`
}

/** A website's name for reading: its host without `www.`. */
export const siteHost = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '')
  } catch {
    return url
  }
}
