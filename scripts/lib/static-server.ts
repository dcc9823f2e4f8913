/**
 * A small static file server for a built deck, bound to loopback only.
 * Unknown paths without a file extension fall back to `index.html` (single-page app).
 *
 * Usage: `const server = await serveStatic('dist'); … server.url … await server.close()`
 */
import type { AddressInfo } from 'node:net'
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
}

/** The Content-Type for a file name, by its extension. */
export function contentTypeOf(file: string): string {
  return MIME_TYPES[extname(file)] ?? 'application/octet-stream'
}

export interface StaticServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:4173/`. */
  url: string
  port: number
  close: () => Promise<void>
}

function fileFor(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const target = normalize(join(root, decoded))
  if (target !== root && !target.startsWith(root + sep))
    return undefined
  try {
    const stat = statSync(target)
    if (stat.isFile())
      return target
    if (stat.isDirectory()) {
      const index = join(target, 'index.html')
      return statSync(index).isFile()
        ? index
        : undefined
    }
  }
  catch {}
  return extname(decoded)
    ? undefined
    : join(root, 'index.html')
}

export function serveStatic(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(dir)
  const server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/')
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    res.writeHead(200, {
      'content-type': contentTypeOf(file),
      'cache-control': 'no-cache',
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}
