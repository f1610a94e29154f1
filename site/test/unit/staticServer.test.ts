import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type StaticServer, serveDirectory } from '../../src/server/staticServer'

/** The static server the browser tests use: it must answer as a static host would. */
describe('serveDirectory', () => {
  let root: string
  let server: StaticServer

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'))
    const write = (file: string, content: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      fs.writeFileSync(path.join(root, file), content)
    }
    write('index.html', '<h1>首頁</h1>')
    write('news/index.html', '<h1>最新消息</h1>')
    write('404.html', '<h1>找不到網頁</h1>')
    write('pagefind/wasm.unknown.pagefind', 'binary')
    write('pagefind/pagefind.en_1a2b.pf_meta', 'binary')
    write('pagefind/wasm.wasm', 'binary')
    write('files/video-files/captions.vtt', 'WEBVTT\n')
    write('images/photo-400x250.avif', 'binary')
    write('files/documents/手冊 第一版.pdf', '%PDF-1.7')
    fs.writeFileSync(path.join(os.tmpdir(), 'outside-the-site.txt'), 'secret')
    server = await serveDirectory(root)
  })

  afterAll(async () => {
    await server.close()
    fs.rmSync(root, { recursive: true, force: true })
  })

  const get = (urlPath: string) => fetch(`${server.url}${urlPath}`, { redirect: 'manual' })

  it('serves a folder’s index.html as HTML', async () => {
    const response = await get('/news/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain('最新消息')
  })

  it('redirects a folder asked for without its trailing slash', async () => {
    const response = await get('/news')
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/news/')
  })

  it.each([
    ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['/pagefind/pagefind.en_1a2b.pf_meta', 'application/octet-stream'],
    ['/pagefind/wasm.wasm', 'application/wasm'],
    ['/files/video-files/captions.vtt', 'text/vtt; charset=utf-8'],
    ['/images/photo-400x250.avif', 'image/avif'],
  ])('serves %s as %s', async (urlPath, type) => {
    const response = await get(urlPath)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
  })

  it('serves files named in Chinese, percent-encoded in the URL', async () => {
    const response = await get(`/files/documents/${encodeURIComponent('手冊 第一版.pdf')}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
  })

  it('answers unknown paths with the 404 page and status 404', async () => {
    const response = await get('/no-such-page/')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('找不到網頁')
  })

  it.each(['/../outside-the-site.txt', '/%2e%2e/outside-the-site.txt', '/..%2foutside-the-site.txt', '/news/..%2f..%2foutside-the-site.txt'])(
    'never serves files outside its folder (%s)',
    async (rawPath) => {
      // Sent as written: fetch would tidy the path up before sending it.
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const { hostname, port } = new URL(server.url)
        http
          .get({ hostname, port, path: rawPath }, (response) => {
            let body = ''
            response.on('data', (chunk: Buffer) => (body += chunk))
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
          })
          .on('error', reject)
      })
      expect(status).toBe(404)
      expect(body).not.toContain('secret')
    },
  )
})

/** `pnpm serve` starts the server under plain Node, as `scripts/run` does: no bundler resolves its imports. */
describe('servePortal under plain Node', () => {
  it('serves the live release', async () => {
    const portal = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-portal-'))
    fs.mkdirSync(path.join(portal, 'releases', 'first', 'site'), { recursive: true })
    fs.writeFileSync(path.join(portal, 'releases', 'first', 'site', 'index.html'), '<h1>首頁</h1>')
    fs.symlinkSync(path.join('releases', 'first'), path.join(portal, 'live'))
    const server = spawn(process.execPath, ['src/server/servePortal.ts'], {
      cwd: path.join(import.meta.dirname, '../..'),
      env: { ...process.env, PORTAL_DIR: portal, SITE_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = ''
        const collect = (chunk: Buffer) => {
          output += chunk
          const address = output.match(/at (http:\/\/\S+?)\/?$/m)?.[1]
          if (address) resolve(address)
        }
        server.stdout.on('data', collect)
        server.stderr.on('data', collect)
        server.on('exit', (code) => reject(new Error(`servePortal exited with ${code}:\n${output}`)))
      })
      const response = await fetch(`${url}/`)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('首頁')
    } finally {
      server.kill()
      fs.rmSync(portal, { recursive: true, force: true })
    }
  })
})
