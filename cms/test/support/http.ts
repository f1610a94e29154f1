/**
 * A small HTTP client for the tests. It sends exactly the headers it is given: `fetch` would add
 * `Accept-Language: *` to every request, and the tests need to see what a request without the
 * header gets.
 */
import http from 'node:http'

export type Reply<Body = any> = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: Body
  bytes: Buffer
}

export type RequestOptions = {
  method?: string
  /** `Authorization: JWT <token>` when set. */
  token?: string
  /** `Accept-Language` when set; no such header otherwise. */
  language?: string
  /** Sent as JSON. */
  json?: unknown
  /** Sent as multipart/form-data. */
  form?: FormData
  /** Sent as they are, for bodies `FormData` cannot write. */
  raw?: { body: Buffer; contentType: string }
  headers?: Record<string, string>
}

/** `FormData` as the bytes and content type a browser would send. */
async function encodeForm(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const request = new Request('http://localhost/', { method: 'POST', body: form })
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type') ?? '' }
}

export async function request<Body = any>(url: string, options: RequestOptions = {}): Promise<Reply<Body>> {
  const headers: Record<string, string> = { ...options.headers }
  let payload: Buffer | undefined
  if (options.json !== undefined) {
    payload = Buffer.from(JSON.stringify(options.json))
    headers['content-type'] = 'application/json'
  } else if (options.form) {
    const encoded = await encodeForm(options.form)
    payload = encoded.body
    headers['content-type'] = encoded.contentType
  } else if (options.raw) {
    payload = options.raw.body
    headers['content-type'] = options.raw.contentType
  }
  if (payload) headers['content-length'] = String(payload.length)
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.language) headers['accept-language'] = options.language

  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: options.method ?? (payload ? 'POST' : 'GET'), headers }, (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('error', reject)
      incoming.on('end', () => {
        const bytes = Buffer.concat(chunks)
        const text = bytes.toString('utf8')
        let body: any
        try {
          body = JSON.parse(text)
        } catch {
          body = undefined
        }
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, body, bytes })
      })
    })
    outgoing.setTimeout(120_000, () => outgoing.destroy(new Error(`No answer from ${url} within 120 s`)))
    outgoing.on('error', reject)
    outgoing.end(payload)
  })
}
