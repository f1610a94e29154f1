import type { TextField, TextFieldSingleValidation } from 'payload'

import { localise, messages } from '../messages'

/** Only http(s) addresses, so no javascript: or file: links reach the portal. */
export const isHttpURL = (value: string) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value)

const validateURL: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) return required ? localise(req, messages.invalidURL) : true
  return isHttpURL(value) || localise(req, messages.invalidURL)
}

/** A web address field. */
export const urlField = (overrides: Partial<TextField> & Pick<TextField, 'name' | 'label'>): TextField =>
  ({ type: 'text', validate: validateURL, ...overrides }) as TextField
