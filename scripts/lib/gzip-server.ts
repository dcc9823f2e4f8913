import type { Buffer } from 'node:buffer'
/**
 * A static server for the benchmark, bound to loopback: like a real web host it gzips text responses
 * (HTML, JS, CSS, JSON, SVG, manifests) when the browser accepts gzip, and sends fonts, images and
 * archives as they are (woff2 and zip are compressed already). Compressed bodies are cached in memory.
 *
 * Usage: `const server = await serveGzip('dist'); … server.url … await server.close()`
 */
import type { AddressInfo } from 'node:net'
import type { StaticServer } from './static-server.ts'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { contentTypeOf } from './static-server.ts'

const COMPRESSED_TYPES = /^(?:text\/|application\/(?:json|javascript|manifest\+json|xml))|^image\/svg\+xml/

/** True when a response of this content type is worth gzipping. */
export function isCompressible(contentType: string): boolean {
  return COMPRESSED_TYPES.test(contentType)
}

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const target = normalize(join(root, decoded))
  if (target !== root && !target.startsWith(root + sep))
    return undefined
  const info = await stat(target).catch(() => undefined)
  if (info?.isFile())
    return target
  if (info?.isDirectory()) {
    const index = join(target, 'index.html')
    return (await stat(index).catch(() => undefined))?.isFile()
      ? index
      : undefined
  }
  return undefined
}

export function serveGzip(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(dir)
  const gzipped = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    void (async () => {
      const file = await fileFor(root, req.url ?? '/')
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      const type = contentTypeOf(file)
      const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': 'no-cache',
        'vary': 'accept-encoding',
      }
      let body: Buffer = await readFile(file)
      if (acceptsGzip && isCompressible(type) && extname(file) !== '.gz') {
        let packed = gzipped.get(file)
        if (!packed) {
          packed = gzipSync(body, { level: 6 })
          gzipped.set(file, packed)
        }
        body = packed
        headers['content-encoding'] = 'gzip'
      }
      headers['content-length'] = String(body.byteLength)
      res.writeHead(200, headers).end(req.method === 'HEAD'
        ? undefined
        : body)
    })().catch((error: Error) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(error.message)
    })
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise((done) => {
          server.closeAllConnections()
          server.close(() => done())
        }),
      })
    })
  })
}
