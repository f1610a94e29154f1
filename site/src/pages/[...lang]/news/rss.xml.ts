import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { newsCategories } from 'cms/vocabularies'

import { changedPaths } from '../../../build/routeReuse'
import { getCollection, getGlobal } from '../../../content'
import { newestFirst } from '../../../content/news'
import { labelOf } from '../../../i18n/format'
import { localePath, perLocale, type Locale } from '../../../i18n/locales'
import { newsRegionLabel, newsStrings } from '../../../i18n/news'
import { common } from '../../../i18n/strings'

/** The latest news in each language as RSS 2.0: `/news/rss.xml` and `/en/news/rss.xml`. */
const FEED_SIZE = 30

export const getStaticPaths = changedPaths(() => perLocale())

export const GET: APIRoute<{ locale: Locale }> = ({ props, site }) => {
  const { locale } = props
  const settings = getGlobal('site-settings', locale)
  const t = newsStrings(locale)
  return rss({
    title: `${settings.siteName}${common(locale).titleSeparator}${t.news}`,
    description: t.rssDescription,
    site: new URL(localePath(locale, '/'), site),
    customData: `<language>${locale}</language>`,
    trailingSlash: true,
    items: newestFirst(getCollection('news', locale))
      .slice(0, FEED_SIZE)
      .map((news) => ({
        title: news.title,
        link: new URL(localePath(locale, `/news/${news.slug}/`), site).href,
        pubDate: new Date(news.publishedAt),
        description: news.summary ?? undefined,
        categories: [labelOf(newsCategories, news.category, locale), newsRegionLabel(news.region, locale)],
      })),
  })
}
