import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { Cases } from '../../src/collections/Cases'
import { draftPreview } from '../../src/collections/draftPreview'
import { News } from '../../src/collections/News'
import { Pages } from '../../src/collections/Pages'
import { ProjectZones } from '../../src/collections/ProjectZones'
import { previewURL } from '../../src/environment'
import { isPreviewable, previewableCollections, previewPath } from '../../src/previewPaths'
import { publicCollections } from '../../src/snapshot/types'

const options = (locale: string) => ({ locale, req: {} as PayloadRequest, token: null })

describe('draft preview addresses', () => {
  it('open the document in the language being edited on the preview server', async () => {
    expect(await draftPreview('news')({ id: 'abc' }, options('en'))).toBe(`${previewURL}/preview/news/abc?locale=en`)
    expect(await News.admin?.preview?.({ id: 'n1' }, options('zh-TW'))).toBe(`${previewURL}/preview/news/n1?locale=zh-TW`)
    expect(await Cases.admin?.preview?.({ id: 'c1' }, options('en'))).toBe(`${previewURL}/preview/cases/c1?locale=en`)
    expect(await Pages.admin?.preview?.({ id: 'p1', kind: 'about' }, options('en'))).toBe(`${previewURL}/preview/pages/p1?locale=en`)
    expect(await ProjectZones.admin?.preview?.({ id: 'z1' }, options('zh-TW'))).toBe(`${previewURL}/preview/project-zones/z1?locale=zh-TW`)
  })

  it('are offered for the standing pages only, which the portal shows', async () => {
    expect(await Pages.admin?.preview?.({ id: 'p1', kind: 'accessibility' }, options('zh-TW'))).toBe(`${previewURL}/preview/pages/p1?locale=zh-TW`)
    expect(await Pages.admin?.preview?.({ id: 'p2', kind: 'other' }, options('zh-TW'))).toBeNull()
  })

  it('are not offered before the document is saved', async () => {
    expect(await draftPreview('news')({}, options('zh-TW'))).toBeNull()
  })

  it('escape what an id or language could bring into the address', () => {
    expect(previewPath('survey-reports', 'a/b?c', 'zh TW')).toBe('/preview/survey-reports/a%2Fb%3Fc?locale=zh%20TW')
  })

  it('exist for public collections with drafts only', () => {
    for (const collection of previewableCollections) expect(publicCollections).toContain(collection)
    expect(isPreviewable('news')).toBe(true)
    expect(isPreviewable('pages')).toBe(true)
    expect(isPreviewable('project-zones')).toBe(true)
    expect(isPreviewable('users')).toBe(false)
  })
})
