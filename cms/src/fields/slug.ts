import type { CollectionSlug, Field, FieldHook, PayloadRequest, TextFieldSingleValidation } from 'payload'

import { label } from '../labels'
import { localise, messages } from '../messages'
import { toSlug } from '../slugify'

const validateSlug: TextFieldSingleValidation = (value, { req }) =>
  !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || localise(req, messages.slugFormat)

async function slugTaken(req: PayloadRequest, collection: CollectionSlug, slug: string, ownId: unknown) {
  const { totalDocs } = await req.payload.count({
    collection,
    req,
    where: ownId ? { and: [{ slug: { equals: slug } }, { id: { not_equals: ownId } }] } : { slug: { equals: slug } },
  })
  return totalDocs > 0
}

/** Generates a slug from the title when the editor leaves it empty, adding -2, -3… until it is unique. */
const generateWhenEmpty =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    const text = typeof source === 'string' ? source : ''
    const base = toSlug(text) || collection?.slug || 'item'
    if (!collection) return base
    const ownId = originalDoc?.id
    let candidate = base
    for (let n = 2; await slugTaken(req, collection.slug as CollectionSlug, candidate, ownId); n++) {
      candidate = `${base}-${n}`
    }
    return candidate
  }

/** The URL segment of a public document: unique per collection, editable, generated when empty. */
export const slugField = (sourceField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  label: label('網址代稱', 'URL slug'),
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label(
      '僅限小寫英文字母、數字與連字號；留白時依標題自動產生。',
      'Lowercase letters, digits and hyphens only; generated from the title when left empty.',
    ),
  },
  hooks: { beforeValidate: [generateWhenEmpty(sourceField)] },
  validate: validateSlug,
})
