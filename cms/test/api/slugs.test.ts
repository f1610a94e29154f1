/** URLs are ASCII and stable: a slug is generated from a Chinese title when none is given. */
import { describe, expect, test } from 'vitest'

import { admin, api, create, unique } from '../support/api'

const asciiSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const run = unique()

describe('generated slugs', () => {
  test('a Chinese title gives an ASCII slug, and the same title again a different one', async () => {
    const title = `大專校院職涯輔導研習會 ${run}`
    const first = await create('news', { title, category: 'event', _status: 'published' })
    expect(first.slug).toMatch(asciiSlug)
    expect(first.slug).not.toContain('%')
    expect(first.slug.startsWith('da-zhuan-xiao-yuan-zhi-ya-fu-dao-yan-xi-hui-')).toBe(true)

    const second = await create('news', { title, category: 'event', _status: 'published' })
    expect(second.slug).toMatch(asciiSlug)
    expect(second.slug).not.toBe(first.slug)
    expect(second.slug).toBe(`${first.slug}-2`)

    const third = await create('news', { title, category: 'event' })
    expect(new Set([first.slug, second.slug, third.slug]).size).toBe(3)

    // Each slug finds its own document.
    for (const doc of [first, second]) {
      const found = await api(`/news?where[slug][equals]=${doc.slug}`)
      expect(found.body.docs.map((entry: { id: string }) => entry.id)).toEqual([doc.id])
    }
  })

  test('mixed Chinese, digits and Latin letters', async () => {
    const doc = await create('news', { title: `臺北 2024 Career 活動 ${run}`, category: 'event' })
    expect(doc.slug).toBe(`tai-bei-2024-career-huo-dong-${run}`)
  })

  test('a slug survives a change of title, and an editor may set one', async () => {
    const doc = await create('news', { title: `原本的標題 ${run}`, category: 'announcement' })
    const token = await admin()
    const renamed = await api(`/news/${doc.id}`, { method: 'PATCH', json: { title: `改過的標題 ${run}` }, token })
    expect(renamed.body.doc.slug).toBe(doc.slug)
    const chosen = await api(`/news/${doc.id}`, { method: 'PATCH', json: { slug: `career-fair-${run}` }, token })
    expect(chosen.status, chosen.text).toBe(200)
    expect(chosen.body.doc.slug).toBe(`career-fair-${run}`)
  })

  test('other collections generate from their own title field', async () => {
    const school = await create('schools', { name: `國立測試科技大學 ${run}`, county: 'tainan-city', unitName: '職涯發展中心' })
    expect(school.slug).toMatch(asciiSlug)
    expect(school.slug.startsWith('guo-li-ce-shi-ke-ji-da-xue-')).toBe(true)
  })
})
