/**
 * What the HTTP test files use: the shared server's address, an administrator's token, REST and
 * GraphQL calls, counts and the upload folders.
 */
import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

import { login } from './accounts'
import { cmsDirectory } from './cmsServer'
import { type Reply, request, type RequestOptions } from './http'

export const baseURL = () => inject('cmsURL')

let adminToken: Promise<string> | undefined

/** An administrator's JWT (logged in once per test file). */
export const admin = () => (adminToken ??= login(baseURL(), inject('cmsAdmin')))

/** A REST call: `api('/news?locale=en', { token })` → GET {server}/api/news?locale=en. */
export const api = <Body = any>(route: string, options: RequestOptions = {}): Promise<Reply<Body>> =>
  request<Body>(`${baseURL()}/api${route}`, options)

/** A GraphQL query at /api/graphql. */
export const graphql = (query: string, variables: Record<string, unknown> = {}, options: Omit<RequestOptions, 'json'> = {}) =>
  api('/graphql', { ...options, method: 'POST', json: { query, variables } })

/** How many documents a collection holds, as an administrator sees it (drafts included). */
export async function count(collection: string): Promise<number> {
  const reply = await api(`/${collection}/count`, { token: await admin() })
  if (reply.status !== 200 || typeof reply.body?.totalDocs !== 'number') {
    throw new Error(`GET /api/${collection}/count answered ${reply.status}: ${reply.text.slice(0, 300)}`)
  }
  return reply.body.totalDocs as number
}

/** How many versions a versioned collection holds. */
export async function countVersions(collection: string): Promise<number> {
  const reply = await api(`/${collection}/versions?limit=1&depth=0`, { token: await admin() })
  if (reply.status !== 200 || typeof reply.body?.totalDocs !== 'number') {
    throw new Error(`GET /api/${collection}/versions answered ${reply.status}: ${reply.text.slice(0, 300)}`)
  }
  return reply.body.totalDocs as number
}

/** Where the server keeps a stored file of an upload collection. */
export const uploadedFilePath = (collection: string, name = '') => path.join(inject('cmsDataDir'), 'uploads', collection, name)

/** The files the server keeps for an upload collection (empty when the folder does not exist yet). */
export function uploadedFiles(collection: string): string[] {
  const directory = uploadedFilePath(collection)
  return fs.existsSync(directory) ? fs.readdirSync(directory).sort() : []
}

/** What the server (and its background worker, whose lines start with `[worker]`) has written to its log so far. */
export const serverLog = (): string => fs.readFileSync(path.join(inject('cmsDataDir'), 'server.log'), 'utf8')

/**
 * Every file in the server's temporary folders, recursively: its TMPDIR (inside the data folder)
 * and Payload's upload temp folder (`tmp` in the CMS folder, used for uploads kept on disk).
 */
export function temporaryFiles(): string[] {
  const folders = [path.join(inject('cmsDataDir'), 'tmp'), path.join(cmsDirectory, 'tmp')]
  return folders
    .filter((folder) => fs.existsSync(folder))
    .flatMap((folder) => fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => path.join(folder, name)))
    // Files only: the folder uploads arrive in is made on first use.
    .filter((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile())
    .sort()
}

/** Creates a document as administrator and returns it; fails loudly with the server's answer. */
export async function create<Doc extends Record<string, any> = Record<string, any>>(
  collection: string,
  data: Record<string, unknown>,
  query = '',
): Promise<Doc> {
  const reply = await api(`/${collection}${query}`, { method: 'POST', json: data, token: await admin() })
  if (reply.status !== 201) throw new Error(`POST /api/${collection}${query} answered ${reply.status}: ${reply.text.slice(0, 800)}`)
  return reply.body.doc as Doc
}

/** Uploads a file with its fields (multipart, as the admin panel does) and returns the document. */
export async function upload<Doc extends Record<string, any> = Record<string, any>>(
  collection: string,
  file: { bytes: Uint8Array; name: string; type: string },
  data: Record<string, unknown>,
  options: Omit<RequestOptions, 'form' | 'json'> = {},
): Promise<Reply<{ doc: Doc; errors?: ValidationErrorBody['errors'] }>> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  return api(`/${collection}`, { method: 'POST', form, token: await admin(), ...options })
}

/** Payload's answer to invalid input. */
export type ValidationErrorBody = {
  errors: Array<{ name?: string; message: string; data?: { errors?: Array<{ path: string; message: string; label?: string }> } }>
}

/** The per-field errors of a 400 answer. */
export const fieldErrors = (reply: Reply<ValidationErrorBody>) => reply.body?.errors?.[0]?.data?.errors ?? []

/** The message for the field at `fieldPath`, failing when there is none. */
export function messageFor(reply: Reply<ValidationErrorBody>, fieldPath: string): string {
  const error = fieldErrors(reply).find((entry) => entry.path === fieldPath)
  if (!error) throw new Error(`No error for "${fieldPath}" in ${reply.status} ${reply.text.slice(0, 800)}`)
  return error.message
}

/** Contains Chinese characters. */
export const chinese = /\p{Script=Han}/u
/** Plain English: ASCII letters and no Chinese. */
export const english = /^[\x20-\x7e’]*[A-Za-z][\x20-\x7e’]*$/

/** A suffix that keeps names unique between test files sharing one database. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
