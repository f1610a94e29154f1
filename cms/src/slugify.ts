import { pinyin } from 'pinyin-pro'

/**
 * ASCII slugs from Chinese text. A plain module (no Payload import) so that the portal can make the
 * same keys, e.g. for free-text tags in URLs.
 */
const MAX_SLUG_LENGTH = 80

/**
 * ASCII, lowercase, hyphen-separated. Chinese is romanised with Hanyu Pinyin (without tones) so a
 * URL never carries a percent-encoded title; Payload's own slugify would drop every Chinese character.
 */
export function toSlug(text: string): string {
  const romanised = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ')
  const slug = romanised
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH).replace(/-+$/, '')
}
