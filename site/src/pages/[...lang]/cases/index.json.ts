import type { APIRoute } from 'astro'

import { changedPaths } from '../../../build/routeReuse'
import type { CaseIndex } from '../../../components/cases/caseIndex'
import { caseIndexLabels, cardImage, toCaseIndexEntry } from '../../../components/cases/cases'
import { publicPhotos } from '../../../components/galleries/photos'
import { getCollection } from '../../../content'
import { perLocale, type Locale } from '../../../i18n/locales'
import { picture } from '../../../media/images'

/**
 * The cases the list's filter form searches in the browser: `/cases/index.json` per language, with
 * what a card shows and the codes the filters match, labels once.
 */
export const getStaticPaths = changedPaths(() => perLocale())

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const { locale } = props
  const cases = getCollection('cases', locale)
  // One at a time: cases share photos, and a derivative is made once, by whoever asks first.
  const entries = []
  for (const item of cases) {
    const photo = publicPhotos(item)[0]?.image
    entries.push(toCaseIndexEntry(item, locale, photo ? cardImage(await picture(photo, 'card')) : null))
  }
  const index: CaseIndex = { labels: caseIndexLabels(cases, locale), cases: entries }
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
