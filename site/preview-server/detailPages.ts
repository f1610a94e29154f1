/**
 * The portal's own pages of each previewable collection: the preview renders the very module the
 * build renders, so a draft looks exactly as it will once published.
 */
import type { PreviewableCollection } from 'cms/preview'

import { type Draft, withDraft } from '../src/content'
import type { Locale } from '../src/i18n/locales'

import * as about from '../src/pages/[...lang]/about/index.astro'
import * as accessibility from '../src/pages/[...lang]/accessibility/index.astro'
import * as cases from '../src/pages/[...lang]/cases/[slug].astro'
import * as galleries from '../src/pages/[...lang]/galleries/[slug].astro'
import * as library from '../src/pages/[...lang]/library/[slug].astro'
import * as materials from '../src/pages/[...lang]/materials/[slug].astro'
import * as ebooks from '../src/pages/[...lang]/media/ebooks/[slug].astro'
import * as videos from '../src/pages/[...lang]/media/videos/[slug].astro'
import * as news from '../src/pages/[...lang]/news/[slug].astro'
import * as openData from '../src/pages/[...lang]/open-data/index.astro'
import * as privacySecurity from '../src/pages/[...lang]/privacy-security/index.astro'
import * as surveys from '../src/pages/[...lang]/surveys/[slug].astro'
import * as zones from '../src/pages/[...lang]/zones/[zone]/[...year].astro'

type PageProps = Record<string, unknown> & { locale: string }

/** A detail page: its component, and its paths with the props the build gives each. */
type DetailPage = {
  default: (props: never) => unknown
  getStaticPaths: () => Array<{ params: Record<string, string | undefined>; props: PageProps }>
}

/**
 * The pages that show a collection's documents: one page per document, except standing pages,
 * each of which shows the `pages` document of its kind.
 */
const detailPages: Record<PreviewableCollection, DetailPage[]> = {
  news: [news],
  cases: [cases],
  galleries: [galleries],
  materials: [materials],
  library: [library],
  'survey-reports': [surveys],
  ebooks: [ebooks],
  videos: [videos],
  pages: [about, accessibility, privacySecurity, openData],
  'project-zones': [zones],
}

/** Whether a page's props are those of the document `id` (props name their document differently). */
const isPageOf = (props: PageProps, id: string) =>
  Object.values(props).some((value) => typeof value === 'object' && value !== null && 'id' in value && value.id === id)

/**
 * The page of a draft in a language, with the props the build would give it were the draft
 * published (related documents, lists of the same kind). Where the build makes several pages of
 * a document (a project zone's current year and each year's archive), the first: its main page.
 */
export function draftPage(collection: PreviewableCollection, draft: Draft, locale: Locale) {
  for (const page of detailPages[collection]) {
    const paths = withDraft(draft, () => page.getStaticPaths())
    const props = paths.find((path) => path.props.locale === locale && isPageOf(path.props, draft.id))?.props
    // Each page's props come from its own getStaticPaths, so they are the ones it declares.
    if (props) return { Page: page.default as (props: PageProps) => unknown, props }
  }
  return undefined
}
