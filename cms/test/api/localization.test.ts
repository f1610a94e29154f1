/** Content in Traditional Chinese first, English second, falling back to Chinese where untranslated. */
import { beforeAll, describe, expect, test } from 'vitest'

import { admin, api, create, graphql, unique } from '../support/api'

const run = unique()
const chineseTitle = `職涯博覽會 ${run}`
const englishTitle = `Career fair ${run}`
const chineseSummary = `全國大專校院聯合職涯博覽會。${run}`
let id: string

beforeAll(async () => {
  const doc = await create('news', { title: chineseTitle, summary: chineseSummary, category: 'event', _status: 'published' }, '?locale=zh-TW')
  id = doc.id
  const english = await api(`/news/${id}?locale=en`, {
    method: 'PATCH',
    json: { title: englishTitle, _status: 'published' },
    token: await admin(),
  })
  expect(english.status, english.text).toBe(200)
})

describe('localised fields', () => {
  test('?locale=en gives the English title', async () => {
    const reply = await api(`/news/${id}?locale=en`)
    expect(reply.status).toBe(200)
    expect(reply.body.title).toBe(englishTitle)
  })

  test('a field without English falls back to the Chinese value', async () => {
    const reply = await api(`/news/${id}?locale=en`)
    expect(reply.body.summary).toBe(chineseSummary)
  })

  test('?locale=zh-TW and the default locale are still Chinese', async () => {
    for (const query of ['?locale=zh-TW', '']) {
      const reply = await api(`/news/${id}${query}`)
      expect(reply.body.title, query).toBe(chineseTitle)
      expect(reply.body.summary, query).toBe(chineseSummary)
    }
  })

  test('?fallback-locale=none gives no value where there is no English', async () => {
    const reply = await api(`/news/${id}?locale=en&fallback-locale=none`)
    expect(reply.body.title).toBe(englishTitle)
    expect(reply.body.summary ?? null).toBeNull()
  })

  test('?locale=all gives both', async () => {
    const reply = await api(`/news/${id}?locale=all`)
    expect(reply.body.title).toEqual({ 'zh-TW': chineseTitle, en: englishTitle })
  })

  test('lists and GraphQL follow the locale too', async () => {
    const list = await api(`/news?locale=en&where[id][equals]=${id}`)
    expect(list.body.docs[0].title).toBe(englishTitle)
    const query = 'query ($id: String!, $locale: LocaleInputType) { NewsItem(id: $id, locale: $locale) { title summary } }'
    const en = await graphql(query, { id, locale: 'en' })
    expect(en.body.data.NewsItem).toEqual({ title: englishTitle, summary: chineseSummary })
    const zh = await graphql(query, { id, locale: 'zh_TW' })
    expect(zh.body.data.NewsItem).toEqual({ title: chineseTitle, summary: chineseSummary })
  })

  test('updating English leaves the Chinese text alone', async () => {
    const token = await admin()
    const reply = await api(`/news/${id}?locale=en`, { method: 'PATCH', json: { summary: `English summary ${run}`, _status: 'published' }, token })
    expect(reply.status).toBe(200)
    expect((await api(`/news/${id}?locale=en`)).body.summary).toBe(`English summary ${run}`)
    expect((await api(`/news/${id}?locale=zh-TW`)).body.summary).toBe(chineseSummary)
  })
})
