import { newsCategories, projectZones, regions } from 'cms/vocabularies'

import { NATIONAL, type NewsFilter } from '../content/news'
import { labelOf } from './format'
import type { Locale } from './locales'
import { common, defineStrings } from './strings'

/** Interface text of the news section: lists, filters, detail pages and the RSS feed. */
export const newsStrings = defineStrings({
  'zh-TW': {
    news: '最新消息',
    intro: '本署及各區召集學校發布的公告、活動、徵件與結果公布。',
    filters: '篩選消息',
    allNews: '全部消息',
    filteredHeading: '最新消息：{filter}',
    category: '類別',
    colon: '：',
    region: '區域',
    projectZone: '專案專區',
    resultCount: '共 {count} 則消息',
    resultCountPaged: '共 {count} 則消息，第 {page} / {pages} 頁',
    pinned: '置頂',
    rss: 'RSS 訂閱',
    rssDescription: '大專校院職涯輔導資訊平臺最新消息',
    backToList: '回到最新消息列表',
  },
  en: {
    news: 'News',
    intro: 'Announcements, events, calls for submissions and results from the agency and the regional convener schools.',
    filters: 'Filter news',
    allNews: 'All news',
    filteredHeading: 'News: {filter}',
    category: 'Category',
    colon: ': ',
    region: 'Region',
    projectZone: 'Project zone',
    resultCount: 'News items: {count}',
    resultCountPaged: 'News items: {count} (page {page} of {pages})',
    pinned: 'Pinned',
    rss: 'RSS feed',
    rssDescription: 'News from the University Career Guidance Information Platform',
    backToList: 'Back to the news list',
  },
})

/** A news item's region for readers: the region's name, or "national" when it has none. */
export const newsRegionLabel = (region: string | null | undefined, locale: Locale) =>
  region && region !== NATIONAL ? labelOf(regions, region, locale) : common(locale).national

/** The label of a filter value: a category, a region (or national) or a project zone. */
export function newsFilterLabel(filter: NewsFilter, locale: Locale): string {
  switch (filter.kind) {
    case 'category':
      return labelOf(newsCategories, filter.value, locale)
    case 'region':
      return newsRegionLabel(filter.value, locale)
    case 'zone':
      return labelOf(projectZones, filter.value, locale)
  }
}
