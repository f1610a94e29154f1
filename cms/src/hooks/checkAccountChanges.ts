import type { CollectionBeforeChangeHook } from 'payload'

import { accountOf, hasRole, idOf, type Role, regionOf } from '../access/roles'
import { regionOfSchool } from './deriveRegion'
import { messages, refusal } from '../messages'

/** Fields that give an account its powers. */
const powerFields = ['role', 'region', 'school', 'active', 'automation'] as const

/** A new API key in the request (Payload encrypts it after this hook; nobody reads it back). */
const issuesAPIKey = (data: Record<string, unknown>) => typeof data.apiKey === 'string' && data.apiKey !== ''

/** Removes an account's API key, including the index Payload looks keys up by. */
function revokeAPIKey(data: Record<string, unknown>) {
  data.apiKey = null
  data.apiKeyIndex = null
  data.enableAPIKey = false
}

/**
 * What an account may change in accounts, beyond which accounts it reaches (`accountAccess`):
 * only administrators make administrators, mark automation accounts and issue API keys, and only
 * automation accounts have a key; the contractor assigns any other role; a convener creates
 * school-staff accounts for schools of its region; nobody else changes a role, region, school or
 * status, their own included. School staff take their school's region.
 */
export const checkAccountChanges: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const actor = accountOf(req)
  // The first administrator (first-register) and the CMS's own scripts act without an account.
  if (!actor && !req.user) return data
  if (!actor) throw refusal(req, messages.accountFieldsAdminOnly)
  const next = { ...originalDoc, ...data } as Record<string, unknown>
  const changed = powerFields.filter((field) => operation === 'create' || (field in data && String(idOf(data[field]) ?? '') !== String(idOf(originalDoc?.[field]) ?? '')))
  const role = next.role as Role | undefined

  // Programs' access to the API is the administrators' to grant (the key field itself is theirs alone).
  const automationChanged = Boolean(next.automation) !== Boolean(originalDoc?.automation)
  if (automationChanged && !hasRole(actor, 'admin')) throw refusal(req, messages.automationAdminOnly)
  if (!next.automation) {
    if (issuesAPIKey(data)) throw refusal(req, messages.apiKeyNeedsAutomation)
    if (operation === 'update' && originalDoc?.automation) revokeAPIKey(data)
  }

  if (changed.length > 0 && !hasRole(actor, 'admin')) {
    const editingSelf = operation === 'update' && String(originalDoc?.id) === String(actor.id)
    if (editingSelf || !hasRole(actor, 'contractor', 'convener')) throw refusal(req, messages.accountFieldsAdminOnly)
    if (role === 'admin') throw refusal(req, messages.roleNotAllowed)
    if (hasRole(actor, 'convener')) {
      if (role !== 'school') throw refusal(req, messages.roleNotAllowed)
      if ((await regionOfSchool(req, next.school)) !== regionOf(actor)) throw refusal(req, messages.schoolOutsideRegion)
    }
  }

  if (role === 'convener' && !next.region) throw refusal(req, messages.regionRequired)
  if (role === 'school') {
    if (!next.school) throw refusal(req, messages.schoolRequiredForStaff)
    data.region = await regionOfSchool(req, next.school)
  }
  if (role !== 'school' && role !== 'convener' && next.region) data.region = null
  if (role !== 'school' && role !== 'convener' && next.school) data.school = null
  return data
}
