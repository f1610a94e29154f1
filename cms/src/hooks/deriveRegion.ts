import type { FieldHook, PayloadRequest } from 'payload'

import { idOf } from '../access/roles'

import { regionOfCounty } from '../vocabularies'

/** A school's region follows from its county. */
export const regionFromCounty: FieldHook = ({ siblingData, originalDoc }) => {
  const county = siblingData?.county ?? originalDoc?.county
  return typeof county === 'string' ? regionOfCounty(county) : undefined
}

/** A document about a school (an exemplar case) is in the school's region. */
export const regionFromSchool: FieldHook = async ({ siblingData, originalDoc, req }) =>
  (await regionOfSchool(req, siblingData?.school ?? originalDoc?.school)) ?? undefined

/** The region of a school given by id or as a document, looked up whatever the requester may read. */
export async function regionOfSchool(req: PayloadRequest, school: unknown): Promise<string | null> {
  if (school && typeof school === 'object' && 'region' in school) return (school as { region?: string | null }).region ?? null
  const id = idOf(school)
  if (!id) return null
  const found = await req.payload.findByID({ collection: 'schools', id, depth: 0, req, disableErrors: true, overrideAccess: true })
  return (found?.region as string | null | undefined) ?? null
}
