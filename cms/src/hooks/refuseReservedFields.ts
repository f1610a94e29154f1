import type { CollectionBeforeChangeHook } from 'payload'

import { type Account, accountOf } from '../access/roles'
import { messages, refusal } from '../messages'

/**
 * Refuses, with the fields named, a change to fields only some accounts may set (a school may
 * not feature its own case or give it an award). Refused rather than silently dropped, so the
 * person knows their change did not happen.
 */
export const refuseReservedFields =
  (fields: Record<string, { 'zh-TW': string; en: string }>, maySet: (account: Account | null) => boolean): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation, req }) => {
    const account = accountOf(req)
    if (!account || maySet(account)) return data
    const touched = Object.keys(fields).filter((field) => {
      if (!(field in data)) return false
      const before = operation === 'create' ? undefined : originalDoc?.[field]
      const isEmpty = (value: unknown) => value === undefined || value === null || value === false || (typeof value === 'object' && Object.values(value as object).every(isEmpty))
      return !(isEmpty(data[field]) && isEmpty(before)) && JSON.stringify(data[field]) !== JSON.stringify(before)
    })
    if (touched.length === 0) return data
    const names = touched.map((field) => (req.i18n?.language === 'en' ? fields[field]!.en : fields[field]!['zh-TW']))
    throw refusal(req, messages.reservedFields, { fields: names.join(req.i18n?.language === 'en' ? ', ' : '、') })
  }
