import { describe, expect, it } from 'vitest'

import { defaultLocale, forEachLocale, htmlLang, langParam, localePath, locales, perLocale, splitLocale } from '../../src/i18n/locales'

describe('localePath', () => {
  it('puts Chinese at the root and English under /en/', () => {
    expect(localePath('zh-TW', '/news/')).toBe('/news/')
    expect(localePath('en', '/news/')).toBe('/en/news/')
    expect(localePath('zh-TW')).toBe('/')
    expect(localePath('en')).toBe('/en/')
  })

  it('accepts a path without its leading slash', () => {
    expect(localePath('en', 'zones/')).toBe('/en/zones/')
  })
})

describe('splitLocale', () => {
  it.each([
    ['/', 'zh-TW', '/'],
    ['/news/', 'zh-TW', '/news/'],
    ['/en', 'en', '/'],
    ['/en/', 'en', '/'],
    ['/en/news/page/2/', 'en', '/news/page/2/'],
    // A Chinese path that merely starts with the letters "en" is not English.
    ['/enrol/', 'zh-TW', '/enrol/'],
  ] as const)('%s is %s at %s', (pathname, locale, path) => {
    expect(splitLocale(pathname)).toEqual({ locale, path })
  })

  it('undoes localePath', () => {
    for (const locale of locales) expect(splitLocale(localePath(locale, '/cases/region/north/'))).toEqual({ locale, path: '/cases/region/north/' })
  })
})

describe('static paths', () => {
  it('gives Chinese no language segment and English "en"', () => {
    expect(langParam(defaultLocale)).toBeUndefined()
    expect(langParam('en')).toBe('en')
  })

  it('makes each page once per language, with its props', () => {
    expect(perLocale((locale) => ({ heading: locale === 'en' ? 'News' : '最新消息' }))).toEqual([
      { params: { lang: undefined }, props: { locale: 'zh-TW', heading: '最新消息' } },
      { params: { lang: 'en' }, props: { locale: 'en', heading: 'News' } },
    ])
  })

  it('expands every path of a page into both languages', () => {
    const paths = forEachLocale((locale) => [
      { params: { slug: 'a' }, props: { title: `${locale} a` } },
      { params: { slug: 'b' }, props: { title: `${locale} b` } },
    ])
    expect(paths).toEqual([
      { params: { slug: 'a', lang: undefined }, props: { title: 'zh-TW a', locale: 'zh-TW' } },
      { params: { slug: 'b', lang: undefined }, props: { title: 'zh-TW b', locale: 'zh-TW' } },
      { params: { slug: 'a', lang: 'en' }, props: { title: 'en a', locale: 'en' } },
      { params: { slug: 'b', lang: 'en' }, props: { title: 'en b', locale: 'en' } },
    ])
  })

  it('declares Traditional Chinese as used in Taiwan on Chinese pages', () => {
    expect(htmlLang).toEqual({ 'zh-TW': 'zh-Hant-TW', en: 'en' })
  })
})
