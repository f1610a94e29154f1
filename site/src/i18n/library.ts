import { rocYear } from 'cms/vocabularies'

import type { Locale } from './locales'
import { defineStrings } from './strings'

/** Interface text of the career guidance library (職輔圖書館) and the file links other sections share. */
export const libraryStrings = defineStrings({
  'zh-TW': {
    library: '職輔圖書館',
    intro: '職涯輔導相關的政策、計畫、職能基準、書籍、文章與報告，可依類型或標籤瀏覽，多數文件可直接線上閱讀全文。',
    filters: '篩選條件',
    allItems: '全部資料',
    itemType: '類型',
    tags: '標籤',
    colon: '：',
    tagBefore: '標籤「',
    tagAfter: '」',
    resultCount: '共 {count} 筆',
    resultCountPaged: '共 {count} 筆，第 {page} / {pages} 頁',
    authors: '作者／發布單位',
    year: '年度',
    summary: '摘要',
    contents: '目次',
    fullTextInChinese: '閱讀中文全文',
    source: '原始文件',
    openURL: '前往原始網頁',
    backToList: '回職輔圖書館',
    download: '下載',
    downloadDetails: '（{type}，{size}）',
    pageCount: '{count} 頁',
    separator: '｜',
  },
  en: {
    library: 'Career guidance library',
    intro: 'Policies, plans, competency standards, books, articles and reports on career guidance. Browse by type or tag; most documents can be read in full on the page.',
    filters: 'Filters',
    allItems: 'All items',
    itemType: 'Type',
    tags: 'Tags',
    colon: ': ',
    tagBefore: 'tag “',
    tagAfter: '”',
    resultCount: '{count} items',
    resultCountPaged: '{count} items, page {page} of {pages}',
    authors: 'Authors or issuer',
    year: 'Year',
    summary: 'Summary',
    contents: 'Contents',
    fullTextInChinese: 'Read the full text in Chinese',
    source: 'Source document',
    openURL: 'Go to the original page',
    backToList: 'Back to the library',
    download: 'Download',
    downloadDetails: ' ({type}, {size})',
    pageCount: '{count} pages',
    separator: ' · ',
  },
})

/** A year as readers know it: `2018（民國107年）` in Chinese, `2018` in English. */
export const yearLabel = (year: number, locale: Locale) => (locale === 'en' ? String(year) : `${year}（民國${rocYear(year)}年）`)
