/**
 * Drafts never reach the public: not in lists, not by id, not with `?draft=true`, not through
 * GraphQL, not through the versions endpoint. A logged-in administrator sees them.
 */
import { beforeAll, describe, expect, test } from 'vitest'

import { admin, api, create, graphql, unique } from '../support/api'

const run = unique()
const secret = `DRAFTSECRET${run}`
const draftTitle = `草稿消息 ${secret}`
const publishedTitle = `已發布消息 ${run}`
const newerDraftTitle = `已發布消息的新草稿 ${secret}`
let draftId: string
let publishedId: string

beforeAll(async () => {
  const draft = await create('news', { title: draftTitle, category: 'announcement', summary: `未公開 ${secret}`, _status: 'draft' }, '?draft=true')
  draftId = draft.id
  expect(draft._status).toBe('draft')
  const published = await create('news', { title: publishedTitle, category: 'announcement', _status: 'published' })
  publishedId = published.id
  expect(published._status).toBe('published')
  // The published item also gets a newer, unpublished draft of its own.
  const redraft = await api(`/news/${publishedId}?draft=true`, {
    method: 'PATCH',
    json: { title: newerDraftTitle, _status: 'draft' },
    token: await admin(),
  })
  expect(redraft.status, redraft.text).toBe(200)
})

describe('the public', () => {
  const anonymousRoutes = () => [
    '/news?limit=100',
    '/news?limit=100&draft=true',
    `/news?where[title][equals]=${encodeURIComponent(draftTitle)}&draft=true`,
    '/news?where[_status][equals]=draft&draft=true',
    `/news?where[title][like]=${secret}&draft=true`,
    `/news/${draftId}`,
    `/news/${draftId}?draft=true`,
    `/news/${publishedId}?draft=true`,
    `/news/count?where[_status][equals]=draft`,
  ]

  test('REST lists and reads never show a draft', async () => {
    for (const route of anonymousRoutes()) {
      const reply = await api(route)
      expect(reply.text, route).not.toContain(secret)
    }
    const list = await api('/news?limit=100')
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((doc: { id: string }) => doc.id)
    expect(ids).toContain(publishedId)
    expect(ids).not.toContain(draftId)
    expect(list.body.docs.find((doc: { id: string }) => doc.id === publishedId).title).toBe(publishedTitle)

    expect((await api(`/news/${draftId}`)).status).toBe(404)
    expect((await api(`/news/${draftId}?draft=true`)).status).toBe(404)
    const published = await api(`/news/${publishedId}?draft=true`)
    expect(published.status).toBe(200)
    expect(published.body.title).toBe(publishedTitle)
    expect((await api('/news/count?where[_status][equals]=draft')).body.totalDocs).toBe(0)
  })

  test('the versions endpoints are refused', async () => {
    const versions = await api('/news/versions')
    expect(versions.status).toBe(403)
    expect(versions.text).not.toContain(secret)
    const withWhere = await api(`/news/versions?where[parent][equals]=${draftId}`)
    expect(withWhere.status).toBe(403)
  })

  test('GraphQL never shows a draft', async () => {
    const list = await graphql('query { News(limit: 100, draft: true) { docs { id title _status } } }')
    expect(list.status).toBe(200)
    expect(list.text).not.toContain(secret)
    const titles = list.body.data.News.docs.map((doc: { title: string }) => doc.title)
    expect(titles).not.toContain(draftTitle)

    const plainList = await graphql('query { News(limit: 100) { docs { id title } } }')
    expect(plainList.body.data.News.docs.map((doc: { id: string }) => doc.id)).toContain(publishedId)
    expect(plainList.text).not.toContain(secret)

    for (const draft of [true, false]) {
      const byId = await graphql('query ($id: String!, $draft: Boolean) { NewsItem(id: $id, draft: $draft) { id title } }', { id: draftId, draft })
      expect(byId.text).not.toContain(secret)
      expect(byId.body.data?.NewsItem ?? null).toBeNull()
    }
    const publishedById = await graphql('query ($id: String!) { NewsItem(id: $id, draft: true) { id title } }', { id: publishedId })
    expect(publishedById.body.data.NewsItem.title).toBe(publishedTitle)

    const versions = await graphql('query { versionsNews { docs { id version { title } } } }')
    expect(versions.text).not.toContain(secret)
    expect(versions.body.errors?.[0]?.extensions?.statusCode ?? versions.status).toBe(403)
  })
})

describe('a logged-in administrator', () => {
  test('sees the drafts and their versions', async () => {
    const token = await admin()
    const draft = await api(`/news/${draftId}?draft=true`, { token })
    expect(draft.status).toBe(200)
    expect(draft.body).toMatchObject({ title: draftTitle, _status: 'draft' })

    const newest = await api(`/news/${publishedId}?draft=true`, { token })
    expect(newest.body.title).toBe(newerDraftTitle)

    const list = await api('/news?limit=100&draft=true', { token })
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual(expect.arrayContaining([draftId, publishedId]))

    const versions = await api(`/news/versions?where[parent][equals]=${publishedId}&sort=-updatedAt`, { token })
    expect(versions.status).toBe(200)
    expect(versions.body.docs.map((entry: { version: { title: string } }) => entry.version.title)).toEqual(
      expect.arrayContaining([publishedTitle, newerDraftTitle]),
    )

    const graph = await graphql('query ($id: String!) { NewsItem(id: $id, draft: true) { title _status } }', { id: draftId }, { token })
    expect(graph.body.data.NewsItem).toEqual({ title: draftTitle, _status: 'draft' })
  })

  test('publishing the draft makes it public', async () => {
    const token = await admin()
    const published = await api(`/news/${draftId}`, { method: 'PATCH', json: { _status: 'published' }, token })
    expect(published.status, published.text).toBe(200)
    const publicRead = await api(`/news/${draftId}`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body.title).toBe(draftTitle)
    // Unpublish again, and it disappears.
    const unpublished = await api(`/news/${draftId}`, { method: 'PATCH', json: { _status: 'draft' }, token })
    expect(unpublished.status, unpublished.text).toBe(200)
    expect((await api(`/news/${draftId}`)).status).toBe(404)
  })
})
