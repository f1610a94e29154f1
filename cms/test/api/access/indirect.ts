/**
 * Indirect routes to what the matrix hides (queries with `where`, `?draft=true`, depth, versions,
 * GraphQL, duplicate) and the field-level and cross-region rules, as cells of the access matrix.
 */
import { describe, expect } from 'vitest'

import { admin, api, count, graphql } from '../../support/api'
import type { Fixtures, Target } from './fixtures'
import type { Actor } from './matrix'

type Cell = (name: string, run: () => Promise<void>) => void

const idsOf = (docs: Array<{ id: string }> | undefined) => (docs ?? []).map((doc) => String(doc.id)).sort()

export function indirectRouteCells(fixtures: () => Fixtures, cell: Cell) {
  const token = (actor: Actor) => fixtures().tokens[actor]
  const target = (collection: string, key: string): Target => fixtures().targets[collection]!.find((candidate) => candidate.key === key)!
  const allIds = (collection: string) => fixtures().targets[collection]!.map((candidate) => candidate.id).join(',')
  const idsFor = (collection: string, ...keys: string[]) => keys.map((key) => String(target(collection, key).id)).sort()
  const snapshot = async (collection: string, id: string) => (await api(`/${collection}/${id}?depth=0&draft=true&trash=true`, { token: await admin() })).body

  describe('indirect routes: where, ?draft=true, depth, versions, GraphQL', () => {
    cell('public × news × where _status = draft finds nothing', async () => {
      for (const draft of ['', '&draft=true']) {
        const reply = await api(`/news?depth=0${draft}&where[_status][equals]=draft&where[id][in]=${allIds('news')}`)
        expect(reply.status, reply.text).toBe(200)
        expect(reply.body.docs).toEqual([])
      }
    })

    cell("convener-north × news × where region = south ?draft=true finds only the south's published news", async () => {
      const reply = await api(`/news?depth=0&draft=true&where[region][equals]=south&where[id][in]=${allIds('news')}`, { token: token('convener-north') })
      expect(reply.status, reply.text).toBe(200)
      expect(idsOf(reply.body.docs)).toEqual(idsFor('news', 'published-south'))
    })

    cell("school-north × cases × where school = the south's school ?draft=true finds only its published case", async () => {
      const reply = await api(`/cases?depth=0&draft=true&where[school][equals]=${fixtures().schools.south}&where[id][in]=${allIds('cases')}`, { token: token('school-north') })
      expect(reply.status, reply.text).toBe(200)
      expect(idsOf(reply.body.docs)).toEqual(idsFor('cases', 'published-south'))
    })

    cell('reviewer-unassigned × cases × where reviewers contains another reviewer finds nothing', async () => {
      const reviewer = fixtures().accounts['reviewer-assigned']
      const reply = await api(`/cases?depth=0&draft=true&where[reviewers][contains]=${reviewer}`, { token: token('reviewer-unassigned') })
      expect(reply.status, reply.text).toBe(200)
      expect(reply.body.docs).toEqual([])
      const own = await api(`/cases?depth=0&draft=true&where[reviewers][contains]=${reviewer}`, { token: token('reviewer-assigned') })
      expect(idsOf(own.body.docs)).toEqual(idsFor('cases', 'assigned'))
    })

    cell('public × cases × where on createdBy or workflowStatus (fields it may not read) is refused', async () => {
      for (const where of [`where[createdBy][equals]=${fixtures().accounts.admin}`, 'where[workflowStatus][equals]=submitted', `where[reviewers][contains]=${fixtures().accounts['reviewer-assigned']}`]) {
        const reply = await api(`/cases?depth=0&draft=true&${where}`)
        expect(reply.status, `${where}: ${reply.text}`).toBe(400)
      }
    })

    cell("public × cases × a published case at depth 2 shows neither its review nor the accounts behind it", async () => {
      const published = target('cases', 'published-south')
      const assigned = await api(`/cases/${published.id}`, { method: 'PATCH', token: await admin(), json: { reviewers: [fixtures().accounts['reviewer-assigned']], _status: 'published' } })
      expect(assigned.status, assigned.text).toBe(200)
      const reply = await api(`/cases/${published.id}?depth=2`)
      expect(reply.status, reply.text).toBe(200)
      expect(reply.body.school?.id).toBe(fixtures().schools.south)
      for (const field of ['createdBy', 'reviewers', 'workflowStatus']) expect(reply.body[field], field).toBeUndefined()
      // Payload answers a hidden array field with an empty list: none of the history's entries.
      expect(reply.body.workflowHistory ?? [], 'workflowHistory').toEqual([])
    })

    cell("school-north × cases × depth 2 does not populate the accounts of the case's creator or reviewers", async () => {
      const reply = await api(`/cases/${target('cases', 'published-south').id}?depth=2`, { token: token('school-north') })
      expect(reply.status, reply.text).toBe(200)
      expect(reply.body).not.toHaveProperty('reviewers')
      expect(typeof reply.body.createdBy).not.toBe('object')
      expect(JSON.stringify(reply.body)).not.toContain('@career.test')
    })

    cell('public × cases × versions with a where on drafts are refused', async () => {
      const reply = await api('/cases/versions?depth=0&where[version._status][equals]=draft')
      expect(reply.status, reply.text).toBe(403)
    })

    cell("convener-north × news × versions where region = south finds nothing", async () => {
      const reply = await api(`/news/versions?depth=0&where[version.region][equals]=south&where[parent][in]=${allIds('news')}`, { token: token('convener-north') })
      expect(reply.status, reply.text).toBe(200)
      expect(reply.body.docs).toEqual([])
    })

    cell('public × news × GraphQL list with draft: true returns only published news', async () => {
      const ids = fixtures().targets.news!.map((candidate) => candidate.id)
      const reply = await graphql('query ($ids: [String]) { News(draft: true, where: { id: { in: $ids } }) { docs { id } } }', { ids })
      expect(reply.body.errors, reply.text).toBeUndefined()
      expect(idsOf(reply.body.data.News.docs)).toEqual(idsFor('news', 'published-north', 'published-south'))
    })

    cell("school-south × cases × GraphQL list with draft: true returns the published cases and its school's", async () => {
      const ids = fixtures().targets.cases!.map((candidate) => candidate.id)
      const reply = await graphql('query ($ids: [String]) { Cases(draft: true, where: { id: { in: $ids } }) { docs { id } } }', { ids }, { token: token('school-south') })
      expect(reply.body.errors, reply.text).toBeUndefined()
      expect(idsOf(reply.body.data.Cases.docs)).toEqual(idsFor('cases', 'published-north', 'published-south', 'draft-south', 'approved-south', 'assigned'))
    })

    cell('public × users × GraphQL list is refused', async () => {
      const reply = await graphql('{ Users { docs { id email } } }')
      expect(reply.body.data?.Users ?? null).toBeNull()
      expect(reply.body.errors?.[0]?.extensions?.statusCode ?? reply.body.errors?.[0]?.status).toBe(403)
    })

    cell('reviewer-unassigned × case-reviews × GraphQL list returns none of the other reviewer’s reviews', async () => {
      const reply = await graphql('{ CaseReviews { docs { id } } }', {}, { token: token('reviewer-unassigned') })
      expect(reply.status, reply.text).toBe(200)
      expect(reply.body.data.CaseReviews.docs).toEqual([])
    })
  })

  describe('indirect routes: duplicate', () => {
    const refusedDuplicate = (actor: Actor, collection: string, key: string, status: number) =>
      cell(`${actor} × ${collection} × duplicate ${key} is refused (${status})`, async () => {
        const source = target(collection, key)
        const before = await count(collection)
        const reply = await api(`/${collection}/${source.id}/duplicate`, { method: 'POST', json: {}, token: token(actor) })
        expect(reply.status, reply.text).toBe(status)
        expect(await count(collection)).toBe(before)
      })
    refusedDuplicate('public', 'news', 'published-north', 403)
    refusedDuplicate('school-north', 'news', 'published-north', 403)
    refusedDuplicate('convener-north', 'news', 'draft-south', 403)
    // It may read the south's published news and create news, but not in the south.
    refusedDuplicate('convener-north', 'news', 'published-south', 403)
    refusedDuplicate('school-north', 'cases', 'draft-south', 403)
    refusedDuplicate('contractor', 'users', 'account-admin', 404)
  })

  describe('field-level and cross-region rules', () => {
    cell("school-south × case-reviews × reads the review of its case, without the reviewer's name", async () => {
      const review = target('case-reviews', 'review')
      const reply = await api(`/case-reviews/${review.id}?depth=1`, { token: token('school-south') })
      expect(reply.status, reply.text).toBe(200)
      expect(reply.body.comment).toBeTruthy()
      expect(reply.body).not.toHaveProperty('reviewer')
      expect((await api(`/case-reviews/${review.id}`, { token: token('school-north') })).status).toBe(404)
    })

    const caseOf = (school: string, extra: Record<string, unknown>) => ({ title: '欄位權限測試', school, academicYear: 113, planType: 'cross-unit', activityFormat: 'single-event', summary: '摘要', ...extra })
    const reserved = { featured: true, award: { category: 'school', year: 2024, title: '績優' }, region: 'south', subsidised: true, reviewers: [] as string[] }

    for (const [field, value] of Object.entries(reserved)) {
      cell(`school-north × cases × create with ${field} is refused with a message`, async () => {
        const before = await count('cases')
        const data = caseOf(fixtures().schools.north, { [field]: field === 'reviewers' ? [fixtures().accounts['reviewer-assigned']] : value })
        const reply = await api('/cases', { method: 'POST', json: data, token: token('school-north'), language: 'en' })
        expect(reply.status, reply.text).toBe(403)
        expect(reply.body.errors[0].message).toMatch(/only conveners and the agency set these/)
        expect(await count('cases')).toBe(before)
      })
      cell(`school-north × cases × update own draft with ${field} is refused and changes nothing`, async () => {
        const draft = target('cases', 'draft-north')
        const before = await snapshot('cases', draft.id)
        const json = { [field]: field === 'reviewers' ? [fixtures().accounts['reviewer-assigned']] : value }
        const reply = await api(`/cases/${draft.id}`, { method: 'PATCH', json, token: token('school-north') })
        expect(reply.status, reply.text).toBe(403)
        expect(reply.body.errors[0].message).toContain('只能由召集學校或本署設定')
        expect(await snapshot('cases', draft.id)).toEqual(before)
      })
    }

    cell('school-north × cases × create for another school is refused', async () => {
      const before = await count('cases')
      const reply = await api('/cases', { method: 'POST', json: caseOf(fixtures().schools.south, {}), token: token('school-north') })
      expect(reply.status, reply.text).toBe(403)
      expect(await count('cases')).toBe(before)
    })

    cell('convener-north × news × create in the south is refused with a message', async () => {
      const before = await count('news')
      const reply = await api('/news', { method: 'POST', json: { title: '跨區消息', category: 'announcement', region: 'south' }, token: token('convener-north'), language: 'en' })
      expect(reply.status, reply.text).toBe(403)
      expect(reply.body.errors[0].message).toMatch(/your own region \(North\)/)
      expect(await count('news')).toBe(before)
    })

    cell('convener-north × news × create without a region is placed in the north', async () => {
      const reply = await api('/news?depth=0', { method: 'POST', json: { title: '本區消息', category: 'announcement' }, token: token('convener-north') })
      expect(reply.status, reply.text).toBe(201)
      expect(reply.body.doc.region).toBe('north')
    })

    for (const region of ['south', null]) {
      cell(`convener-north × news × moving a north news item to ${region ?? 'national'} is refused and changes nothing`, async () => {
        const news = target('news', 'published-north')
        const before = await snapshot('news', news.id)
        const reply = await api(`/news/${news.id}`, { method: 'PATCH', json: { region }, token: token('convener-north') })
        expect(reply.status, reply.text).toBe(403)
        expect(reply.body.errors[0].message).toContain('北區')
        expect(await snapshot('news', news.id)).toEqual(before)
      })
    }

    cell('convener-north × cases × moving a north case to a southern school is refused', async () => {
      const item = target('cases', 'draft-north')
      const before = await snapshot('cases', item.id)
      const reply = await api(`/cases/${item.id}`, { method: 'PATCH', json: { school: fixtures().schools.south }, token: token('convener-north') })
      expect(reply.status, reply.text).toBe(403)
      expect(await snapshot('cases', item.id)).toEqual(before)
    })

    cell('convener-north × users × giving school staff a southern school is refused', async () => {
      const account = target('users', 'account-school-north')
      const before = await snapshot('users', account.id)
      const reply = await api(`/users/${account.id}`, { method: 'PATCH', json: { school: fixtures().schools.south }, token: token('convener-north') })
      expect(reply.status, reply.text).toBe(403)
      expect(await snapshot('users', account.id)).toEqual(before)
    })

    for (const [field, value] of [['role', 'admin'], ['active', false], ['region', 'south']] as const) {
      cell(`school-north × users × changing its own ${field} is refused`, async () => {
        const account = target('users', 'account-school-north')
        const before = await snapshot('users', account.id)
        const reply = await api(`/users/${account.id}`, { method: 'PATCH', json: { [field]: value }, token: token('school-north') })
        expect(reply.status, reply.text).toBe(403)
        expect(await snapshot('users', account.id)).toEqual(before)
      })
    }

    cell('contractor × users × making an administrator is refused', async () => {
      const before = await count('users')
      const reply = await api('/users', { method: 'POST', json: { email: `matrix-admin-${Date.now()}@career.test`, password: 'long-enough-passphrase-1', name: '管理者', role: 'admin' }, token: token('contractor') })
      expect(reply.status, reply.text).toBe(403)
      expect(await count('users')).toBe(before)
    })

    cell('reviewer-assigned × case-reviews × reviewing a case not assigned to it is refused', async () => {
      const before = await count('case-reviews')
      const reply = await api('/case-reviews', { method: 'POST', json: { case: target('cases', 'draft-north').id, score: 50, recommendation: 'revise', comment: '意見' }, token: token('reviewer-assigned') })
      expect(reply.status, reply.text).toBe(403)
      expect(await count('case-reviews')).toBe(before)
    })

    cell('school-north × cases × publishing its own case with the Publish button is refused', async () => {
      const draft = target('cases', 'draft-north')
      const before = await snapshot('cases', draft.id)
      const reply = await api(`/cases/${draft.id}`, { method: 'PATCH', json: { _status: 'published' }, token: token('school-north') })
      expect(reply.status, reply.text).toBe(403)
      expect(await snapshot('cases', draft.id)).toEqual(before)
    })
  })
}
