import { localePath, type Locale } from '../i18n/locales'

/** A menu link from the CMS (`/news`, or a full URL) as a URL of this language's portal. */
export function navigationHref(href: string, locale: Locale): string {
  if (/^https?:\/\//.test(href)) return href
  const [pathname, rest = ''] = href.split(/(?=[?#])/)
  const withSlash = pathname!.endsWith('/') ? pathname! : `${pathname}/`
  return localePath(locale, withSlash) + rest
}

/** Whether the current page (a path without language prefix) lies in a menu item's section. */
export function isCurrentSection(href: string, path: string): boolean {
  if (/^https?:\/\//.test(href)) return false
  const section = href.replace(/\/$/, '')
  return section !== '' && (path === `${section}/` || path.startsWith(`${section}/`))
}
