/**
 * The standing pages (about, accessibility, privacy and security, open data): each shows the
 * text of the `pages` document of its kind, given to it as a prop so the draft preview can give
 * a draft in its place.
 */
import type { Page } from 'cms/payload-types'

import { perLocale } from '../i18n/locales'
import { getCollection } from './index'

/** The kinds of page the portal has a page for ("other" pages have none). */
export type StandingPageKind = Exclude<Page['kind'], 'other'>

/** The static paths of the standing page of `kind`: one per language, with its document as `page`. */
export const standingPagePaths = (kind: StandingPageKind) =>
  perLocale((locale) => {
    const page = getCollection('pages', locale).find((candidate) => candidate.kind === kind)
    if (!page) throw new Error(`No published page of kind "${kind}" in the content snapshot`)
    return { page }
  })
