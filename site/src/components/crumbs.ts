import type { Locale } from '../i18n/locales'
import { common, fillIn } from '../i18n/strings'

/** A step of the breadcrumb trail; `lang` marks a label in the other language (a Chinese title on an English page). */
export type Crumb = { label: string; path?: string; lang?: string }

/**
 * The trail of one page of a list, from the crumbs of its first page (the last one naming the list,
 * with the first page's path). Page 2 on ends with its number, so the list's crumb becomes a link
 * back to the first page: 最新消息 › 第 2 頁.
 */
export const pagedCrumbs = (crumbs: Crumb[], page: number, locale: Locale): Crumb[] =>
  page > 1 ? [...crumbs, { label: fillIn(common(locale).pageNumber, { page }) }] : crumbs
