import type { FieldHook } from 'payload'

import { regionOfCounty } from '../vocabularies'

/** A school's region follows from its county. */
export const regionFromCounty: FieldHook = ({ siblingData, originalDoc }) => {
  const county = siblingData?.county ?? originalDoc?.county
  return typeof county === 'string' ? regionOfCounty(county) : undefined
}

/** A document about a school (an exemplar case) is in the school's region. */
export const regionFromSchool: FieldHook = async ({ siblingData, originalDoc, req }) => {
  const school = siblingData?.school ?? originalDoc?.school
  if (!school) return undefined
  if (typeof school === 'object' && 'region' in school) return school.region
  const found = await req.payload.findByID({ collection: 'schools', id: school, depth: 0, req, disableErrors: true })
  return found?.region ?? undefined
}
