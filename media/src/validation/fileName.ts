import { type Refusal, refuse } from './refusal'

/**
 * Path separators, parent references, control characters (U+0000–U+001F, U+007F) and the bidi
 * controls that make `evil‮gpj.exe` read as `evilexe.jpg`. Chinese and other letters are fine.
 */
const forbiddenCharacters = /[/\\\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u

/** A file name the platform stores and serves as it is, or why not (never silently renamed). */
export function checkFileName(name: string): Refusal | undefined {
  const trimmed = name.trim()
  if (trimmed === '' || trimmed === '.' || trimmed.includes('..') || forbiddenCharacters.test(name)) {
    return refuse('fileNameNotAllowed')
  }
  return undefined
}
