import { describe, expect, it } from 'vitest'

import { asOriginal, localise } from '../../src/content/localise'

const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('localise', () => {
  it('keeps translated fields and fills untranslated ones from the original, naming them', () => {
    type Item = { id: number; title: string; summary: string | null; slug: string }
    const original: Item = { id: 1, title: '種子教師培訓', summary: '第一梯次', slug: 'seed-teacher-training' }
    const translated: Item = { id: 1, title: 'Seed teacher training', summary: null, slug: 'seed-teacher-training' }
    const result = localise(translated, original)
    expect(result).toMatchObject({ id: 1, title: 'Seed teacher training', summary: '第一梯次', slug: 'seed-teacher-training' })
    expect([...result.fallbackFields]).toEqual(['summary'])
  })

  it('treats an empty string as untranslated', () => {
    const result = localise({ title: '' }, { title: '主管會議' })
    expect(result.title).toBe('主管會議')
    expect(result.fallbackFields.has('title')).toBe(true)
  })

  it('does not count a field as filled when the original is empty too', () => {
    const result = localise({ title: 'Links', note: null }, { title: '相關連結', note: null })
    expect(result.fallbackFields.size).toBe(0)
  })

  it('fills related documents field by field and marks the top-level field', () => {
    type Item = { school: { id: number; name: string | null; county: string } }
    const original: Item = { school: { id: 7, name: '國立臺灣大學', county: 'taipei' } }
    const translated: Item = { school: { id: 7, name: null, county: 'taipei' } }
    const result = localise(translated, original)
    expect(result.school).toEqual({ id: 7, name: '國立臺灣大學', county: 'taipei' })
    expect([...result.fallbackFields]).toEqual(['school'])
  })

  it('fills arrays item by item', () => {
    const original = { steps: [{ label: '報名' }, { label: '審查' }] }
    const translated = { steps: [{ label: 'Registration' }, { label: null }] }
    const result = localise(translated, original)
    expect(result.steps).toEqual([{ label: 'Registration' }, { label: '審查' }])
    expect(result.fallbackFields.has('steps')).toBe(true)
  })

  it('never mixes languages inside rich text: a translated body is kept whole', () => {
    const result = localise({ body: paragraph('In English') }, { body: paragraph('中文內容') })
    expect(result.body).toEqual(paragraph('In English'))
    expect(result.fallbackFields.size).toBe(0)
  })

  it('shows the whole original body when the body is untranslated', () => {
    const result = localise({ body: null }, { body: paragraph('中文內容') })
    expect(result.body).toEqual(paragraph('中文內容'))
    expect(result.fallbackFields.has('body')).toBe(true)
  })

  it('leaves the translated document unchanged', () => {
    const translated = { title: null as string | null }
    localise(translated, { title: '原文' })
    expect(translated.title).toBeNull()
  })
})

describe('asOriginal', () => {
  it('copies the document with nothing filled', () => {
    const original = { title: '職涯輔導' }
    const result = asOriginal(original)
    expect(result).not.toBe(original)
    expect(result.title).toBe('職涯輔導')
    expect(result.fallbackFields.size).toBe(0)
  })
})
