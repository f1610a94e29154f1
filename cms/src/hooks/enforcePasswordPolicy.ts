import { dictionary } from '@zxcvbn-ts/language-common'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { label } from '../labels'
import { localise, localiseWith, messages } from '../messages'
import { operationData } from './operationData'

const minimumPasswordLength = 12

/** The 49,000 most common passwords of leaked-password lists, as zxcvbn ships them, lower-cased. */
let commonPasswords: Set<string> | undefined
const isCommonPassword = (password: string) => (commonPasswords ??= new Set(dictionary['passwords-common'])).has(password.toLowerCase())

/** What is wrong with a new password, or nothing when it may be used. */
function passwordProblem(req: PayloadRequest, password: string): string | undefined {
  if ([...password].length < minimumPasswordLength) return localiseWith(req, messages.passwordTooShort, { length: String(minimumPasswordLength) })
  if (isCommonPassword(password)) return localise(req, messages.passwordTooCommon)
  return undefined
}

/**
 * Every way a password is set goes through one of these operations: creating an account (the
 * first administrator's included), changing it, and resetting it with an emailed token. A weak
 * password is refused with HTTP 400 before anything is written.
 */
const settingPassword = new Set(['create', 'update', 'resetPassword'])

export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { password } = operationData(args)
  if (!settingPassword.has(operation) || typeof password !== 'string' || password === '') return args
  const problem = passwordProblem(req, password)
  if (!problem) return args
  throw new ValidationError(
    { collection: collection.slug, errors: [{ path: 'password', label: label('密碼', 'Password'), message: problem }], req },
    req.t,
  )
}
