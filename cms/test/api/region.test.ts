/** A school's region follows from its county, and a case's from its school; neither is typed in. */
import { describe, expect, test } from 'vitest'

import { admin, api, create, unique } from '../support/api'

const run = unique()

const caseData = (school: string, extra: Record<string, unknown> = {}) => ({
  title: `區域測試案例 ${run}`,
  school,
  academicYear: 113,
  planType: 'cross-school',
  activityFormat: 'series',
  summary: '跨校合作的系列活動。',
  // A case is published only through the review workflow (test/api/workflow.test.ts); drafts do here.
  _status: 'draft',
  ...extra,
})

describe('derived regions', () => {
  test('a school in 臺中市 is in the central region, whatever the request says', async () => {
    const school = await create('schools', { name: `臺中測試大學 ${run}`, county: 'taichung-city', unitName: '職涯發展中心', region: 'north' })
    expect(school.region).toBe('central')
    const stored = await api(`/schools/${school.id}`)
    expect(stored.body.region).toBe('central')
  })

  test("a case gets its school's region even when the request sends another", async () => {
    const token = await admin()
    const school = await create('schools', { name: `臺中另一所大學 ${run}`, county: 'taichung-city', unitName: '學生職涯發展組' })
    const created = await create('cases', caseData(school.id, { region: 'north' }))
    expect(created.region).toBe('central')
    expect((await api(`/cases/${created.id}`, { token })).body.region).toBe('central')

    const patched = await api(`/cases/${created.id}`, { method: 'PATCH', json: { region: 'south' }, token })
    expect(patched.status, patched.text).toBe(200)
    expect(patched.body.doc.region).toBe('central')

    // Moving the case to a school in 高雄市 moves it to the south.
    const southern = await create('schools', { name: `高雄測試大學 ${run}`, county: 'kaohsiung-city', unitName: '職涯中心' })
    expect(southern.region).toBe('south')
    const moved = await api(`/cases/${created.id}?depth=0`, { method: 'PATCH', json: { school: southern.id }, token })
    expect(moved.body.doc.region).toBe('south')
  })

  test('cases can be filtered by the derived region', async () => {
    const school = await create('schools', { name: `彰化測試大學 ${run}`, county: 'changhua-county', unitName: '職涯中心' })
    const doc = await create('cases', caseData(school.id, { title: `彰化案例 ${run}` }))
    const token = await admin()
    const central = await api(`/cases?draft=true&where[region][equals]=central&where[id][equals]=${doc.id}`, { token })
    expect(central.body.docs.map((entry: { id: string }) => entry.id)).toEqual([doc.id])
    const north = await api(`/cases?draft=true&where[region][equals]=north&where[id][equals]=${doc.id}`, { token })
    expect(north.body.docs).toEqual([])
  })
})
