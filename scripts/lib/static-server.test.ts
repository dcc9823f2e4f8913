import type { StaticServer } from './static-server.ts'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentTypeOf, isContentHashed, serveStatic } from './static-server.ts'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request: the path is sent exactly as written (fetch would normalise `..` and escapes away). */
function send(server: StaticServer, path: string, options: { method?: string, headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: server.port,
      path,
      method: options.method ?? 'GET',
      headers: options.headers,
    }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', chunk => chunks.push(chunk))
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }))
    })
    req.on('error', reject)
    req.end()
  })
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'.repeat(10)

describe('isContentHashed', () => {
  it('knows Vite\'s assets and the kit\'s fonts by the hash in their names', () => {
    for (const path of ['/assets/index-APeKecDZ.css', '/briefing/assets/slidev/entry-DuxR01Ic.js', '/fonts/noto-sans-sc-400-01.5bab1f4e.woff2'])
      expect(isContentHashed(path), path).toBe(true)
    for (const path of [
      '/index.html',
      '/sw.js',
      '/assets/logo.png',
      '/fonts/LICENSE.txt',
      '/pdf/workshop-slides.pdf',
      '/registerSW.js',
      '/assets/bg-gradient.svg',
      '/assets/photo-training.jpg',
    ])
      expect(isContentHashed(path), path).toBe(false)
  })
})

describe('serveStatic', () => {
  let base: string
  let server: StaticServer

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'static-server-'))
    const root = join(base, 'site')
    mkdirSync(join(root, 'briefing'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<p>root</p>')
    writeFileSync(join(root, 'briefing', 'index.html'), '<p>briefing</p>')
    writeFileSync(join(root, 'app.js'), 'console.log(1)')
    mkdirSync(join(root, 'briefing', 'assets', 'slidev'), { recursive: true })
    writeFileSync(join(root, 'briefing', 'assets', 'slidev', 'entry-DHPG3ZZZ.js'), 'export {}')
    writeFileSync(join(root, 'letters.txt'), ALPHABET)
    writeFileSync(join(root, '讲义.txt'), '中文')
    writeFileSync(join(base, 'secret.txt'), 'secret')
    mkdirSync(join(base, 'private'))
    writeFileSync(join(base, 'private', 'key.txt'), 'key')
    symlinkSync(join(base, 'secret.txt'), join(root, 'leak.txt'))
    symlinkSync(join(base, 'private'), join(root, 'linked'))
    writeFileSync(join(base, 'outside.html'), '<p>secret page</p>')
    symlinkSync(join(base, 'outside.html'), join(root, 'page.html'))
    server = await serveStatic(root)
  })

  afterAll(async () => {
    await server.close()
    rmSync(base, { recursive: true, force: true })
  })

  /** Every refusal must leave the server answering. */
  async function expectStillServing(): Promise<void> {
    const reply = await send(server, '/app.js')
    expect(reply.status).toBe(200)
    expect(reply.body).toBe('console.log(1)')
  }

  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('serves files with their content types, directories by their index, and unknown routes as the app', async () => {
    const js = await send(server, '/app.js')
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await send(server, '/briefing/')).body).toBe('<p>briefing</p>')
    const route = await send(server, '/briefing/12?clicks=2')
    expect(route.status).toBe(200)
    expect(route.body).toBe('<p>root</p>')
    expect((await send(server, '/%E8%AE%B2%E4%B9%89.txt')).body).toBe('中文')
    expect((await send(server, '/missing.css')).status).toBe(404)
  })

  it('lets browsers keep content-hashed files; everything else is revalidated', async () => {
    expect((await send(server, '/briefing/assets/slidev/entry-DHPG3ZZZ.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    for (const path of ['/app.js', '/briefing/', '/letters.txt'])
      expect((await send(server, path)).headers['cache-control'], path).toBe('no-cache')
  })

  it('answers a malformed escape with 400 and keeps serving', async () => {
    for (const path of [
      '/%E0%A4%A',
      '/%',
      '/%zz.js',
      '/briefing/%E0%A4%A',
    ]) {
      expect((await send(server, path)).status, path).toBe(400)
      await expectStillServing()
    }
  })

  it('refuses `..` traversal, raw or escaped', async () => {
    for (const path of [
      '/../secret.txt',
      '/briefing/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2Fsecret.txt',
      '/..%5Csecret.txt',
    ]) {
      const reply = await send(server, path)
      expect(reply.status, path).toBe(400)
      expect(reply.body).not.toContain('secret')
      await expectStillServing()
    }
  })

  it('refuses a symlink that points outside the root, to a file or a folder', async () => {
    // `/page` is how sirv finds `page.html`: the extensionless route must not reach through the link either.
    for (const path of [
      '/leak.txt',
      '/linked/key.txt',
      '/page.html',
      '/page',
    ]) {
      const reply = await send(server, path)
      expect(reply.status, path).toBe(403)
      expect(reply.body).not.toMatch(/secret|key$/)
      await expectStillServing()
    }
  })

  it('answers HEAD with the headers and no body', async () => {
    const reply = await send(server, '/letters.txt', { method: 'HEAD' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-length']).toBe(String(ALPHABET.length))
    expect(reply.body).toBe('')
    await expectStillServing()
  })

  it('refuses other methods with 405', async () => {
    expect((await send(server, '/app.js', { method: 'POST' })).status).toBe(405)
    expect((await send(server, '/app.js', { method: 'DELETE' })).status).toBe(405)
    await expectStillServing()
  })

  it('answers a byte range with 206 and exactly those bytes', async () => {
    const reply = await send(server, '/letters.txt', {
      headers: { range: 'bytes=2-5' },
    })
    expect(reply.status).toBe(206)
    expect(reply.body).toBe('cdef')
    expect(reply.headers['content-range']).toBe(`bytes 2-5/${ALPHABET.length}`)
    const tail = await send(server, '/letters.txt', {
      headers: { range: 'bytes=255-' },
    })
    expect(tail.status).toBe(206)
    expect(tail.body).toBe('vwxyz')
  })

  it('answers a range past the end with 416, and ignores ranges it cannot honour', async () => {
    const past = await send(server, '/letters.txt', {
      headers: { range: 'bytes=9999-' },
    })
    expect(past.status).toBe(416)
    expect(past.headers['content-range']).toBe(`bytes */${ALPHABET.length}`)
    await expectStillServing()
    for (const range of [
      'bytes=9-2',
      'bytes=-5',
      'bytes=0-1,4-5',
      'lines=1-2',
      'bytes=x-y',
    ]) {
      const reply = await send(server, '/letters.txt', {
        headers: { range },
      })
      expect(reply.status, range).toBe(200)
      expect(reply.body, range).toBe(ALPHABET)
      await expectStillServing()
    }
  })

  it('keeps the content types the LMS harness relies on', () => {
    expect(contentTypeOf('imsmanifest.xml')).toBe('application/xml; charset=utf-8')
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('a.woff2')).toBe('font/woff2')
    expect(contentTypeOf('blob.unknown')).toBe('application/octet-stream')
  })
})
