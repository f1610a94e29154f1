import { describe, expect, test } from 'vitest'

import { pagedCrumbs } from '../../src/components/crumbs'
import { pagedTitle } from '../../src/i18n/strings'

describe('later pages of a list', () => {
  const news = { label: '最新消息', path: '/news/' }
  const category = { label: '活動訊息', path: '/news/category/event/' }

  test('the first page ends its trail with the list itself', () => {
    expect(pagedCrumbs([news], 1, 'zh-TW')).toEqual([news])
    expect(pagedCrumbs([news, category], 1, 'zh-TW')).toEqual([news, category])
  })

  test('page 2 on ends with the page number, after the list and its filter', () => {
    expect(pagedCrumbs([news], 2, 'zh-TW')).toEqual([news, { label: '第 2 頁' }])
    expect(pagedCrumbs([{ label: 'News', path: '/news/' }, { label: 'Events', path: '/news/category/event/' }], 12, 'en')).toEqual([
      { label: 'News', path: '/news/' },
      { label: 'Events', path: '/news/category/event/' },
      { label: 'Page 12' },
    ])
  })

  test('name their page number in the title', () => {
    expect(pagedTitle('最新消息', 1, 'zh-TW')).toBe('最新消息')
    expect(pagedTitle('最新消息', 2, 'zh-TW')).toBe('最新消息（第 2 頁）')
    expect(pagedTitle('Videos', 3, 'en')).toBe('Videos (page 3)')
  })
})
