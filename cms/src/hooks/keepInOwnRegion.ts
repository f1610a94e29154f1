import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { accountOf, hasRole, idOf, regionOf, schoolOf } from '../access/roles'
import { messages, refusal } from '../messages'
import { regionOfSchool } from './deriveRegion'
import { regions } from '../vocabularies'

export const regionName = (req: PayloadRequest, region: string | null) => {
  const option = regions.find((candidate) => candidate.value === region)
  return option ? (req.i18n?.language === 'en' ? option.label.en : option.label['zh-TW']) : ''
}

/**
 * A convener's news and galleries stay in its region: new ones are placed there, and setting
 * another region (or none, which means national) is refused.
 */
export const keepInOwnRegion: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const account = accountOf(req)
  if (!hasRole(account, 'convener')) return data
  const own = regionOf(account)
  if (operation === 'create' && !data.region) data.region = own
  if ('region' in data && data.region !== own) throw refusal(req, messages.outsideOwnRegion, { region: regionName(req, own) })
  return data
}

/**
 * An exemplar case belongs to a school: school staff write only their own school's, conveners
 * only those of schools in their region.
 */
export const keepCaseWithinReach: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const account = accountOf(req)
  const school = idOf(data.school ?? originalDoc?.school)
  if (hasRole(account, 'school')) {
    if (!school || String(school) !== String(schoolOf(account))) throw refusal(req, messages.otherSchool)
  }
  if (hasRole(account, 'convener') && school) {
    if ((await regionOfSchool(req, school)) !== regionOf(account)) throw refusal(req, messages.outsideOwnRegion, { region: regionName(req, regionOf(account)) })
  }
  return data
}
