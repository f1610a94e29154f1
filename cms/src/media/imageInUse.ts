import type { FlattenedField, PayloadRequest, Where } from 'payload'

/**
 * The paths of the fields that hold an image (`media`), inside arrays, named groups and tabs too
 * (`photos.image`). Images placed in rich text are not among them.
 */
function imagePaths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === 'media') return [`${prefix}${field.name}`]
    if (field.type === 'array' || field.type === 'group' || field.type === 'tab') return imagePaths(field.flattenedFields, `${prefix}${field.name}.`)
    return []
  })
}

const refersTo = (paths: string[], id: string | number): Where => ({ or: paths.map((path) => ({ [path]: { equals: id } })) })

/** The values at a path of a document read at depth 0, through its arrays. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [value]
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path))
  if (!value || typeof value !== 'object') return []
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1))
}

/**
 * Whether any document or global shows the image: a collection's documents (those in the trash
 * too, which may come back), the latest draft of a versioned one, and the globals. Read within
 * the request's transaction, so a change it is making counts.
 */
export async function imageInUse(req: PayloadRequest, id: string | number): Promise<boolean> {
  const { payload } = req
  for (const { config } of Object.values(payload.collections)) {
    const paths = imagePaths(config.flattenedFields)
    if (paths.length === 0) continue
    const where = refersTo(paths, id)
    if ((await payload.count({ collection: config.slug, where, trash: true, req })).totalDocs > 0) return true
    if (!config.versions) continue
    const latest: Where = { and: [{ latest: { equals: true } }, refersTo(paths.map((path) => `version.${path}`), id)] }
    if ((await payload.countVersions({ collection: config.slug, where: latest, req })).totalDocs > 0) return true
  }
  for (const global of payload.config.globals) {
    const paths = imagePaths(global.flattenedFields)
    if (paths.length === 0) continue
    const doc = await payload.findGlobal({ slug: global.slug, depth: 0, draft: true, req })
    if (paths.some((path) => valuesAt(doc, path.split('.')).some((value) => String(value) === String(id)))) return true
  }
  return false
}
