/**
 * A static file server for a built deck, bound to loopback only: `sirv` on `node:http`.
 * Unknown paths without a file extension fall back to `index.html` (single-page app).
 *
 * Usage: `const server = await serveStatic('dist'); … server.url … await server.close()`
 *
 * In front of sirv, every request is checked so that no request can stop the server or read outside the root:
 * a malformed escape (`/%E0%A4%A`) or a `..` segment is a 400, a path that resolves (through a symlink) outside the
 * root is a 403, a method other than GET/HEAD is a 405, and a Range header sirv would misread is ignored (the whole
 * file is sent, as RFC 9110 allows).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Readable } from 'node:stream'
import { existsSync, realpathSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import sirv from 'sirv'

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
  '.xsd': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
}

/** The Content-Type for a file name, by its extension. */
export function contentTypeOf(file: string): string {
  return MIME_TYPES[extname(file)] ?? 'application/octet-stream'
}

/**
 * True for a file whose name carries a hash of its content (Vite's `assets/…-<hash>.js`, the kit's
 * `fonts/…<hash>.woff2`): its content never changes under that name, so a browser may keep it without asking again.
 * A hash has a digit or a capital letter (in the rare hash without either, the file is simply asked for again).
 */
export function isContentHashed(pathname: string): boolean {
  const hash = /\/(?:assets|fonts)\/(?:[^/]+\/)*[^/]+[.-]([\w-]{8})\.[a-z\d]+$/i.exec(pathname)?.[1]
  // A hash has a digit or a capital letter: `bg-gradient.svg` or `photo-training.jpg` is a name, not a hash.
  return !!hash && /[\dA-Z]/.test(hash)
}

export interface StaticServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:4173/`. */
  url: string
  port: number
  close: () => Promise<void>
}

/** The files sirv may pick for a request path (its own order: as is, `/index`, then with `.html`/`.htm`). */
function candidates(root: string, path: string): string[] {
  const base = path.replace(/\/+$/, '')
  return ['', '.html', '.htm'].flatMap(ext => [`${base}${ext}`, `${base}/index${ext}`]).filter(name => name !== '').map(name => join(root, name))
}

function isInside(realRoot: string, file: string): boolean {
  return file === realRoot || file.startsWith(realRoot + sep)
}

/** Why a request is refused before sirv sees it, or undefined when it may go on. */
function refusal(req: IncomingMessage, root: string, realRoot: string): { status: number, reason: string } | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return { status: 405, reason: 'Method not allowed' }
  const raw = (req.url ?? '/').split(/[?#]/)[0] ?? '/'
  let path: string
  try {
    path = decodeURIComponent(raw)
  }
  catch {
    return { status: 400, reason: 'Malformed URL escape' }
  }
  if (!path.startsWith('/') || path.includes('\0') || path.split(/[/\\]/).includes('..'))
    return { status: 400, reason: 'Bad path' }
  for (const file of candidates(root, path)) {
    if (existsSync(file) && !isInside(realRoot, realpathSync(file)))
      return { status: 403, reason: 'Outside the served folder' }
  }
  return undefined
}

/** sirv reads `bytes=-N` as the first N bytes and throws on `bytes=9-2`: keep only a single `bytes=start-[end]`. */
function dropUnsupportedRange(req: IncomingMessage): void {
  const range = req.headers.range
  if (range === undefined)
    return
  const match = /^bytes=(\d+)-(\d*)$/.exec(range.trim())
  if (!match || (match[2] !== '' && Number(match[2]) < Number(match[1])))
    delete req.headers.range
}

export function serveStatic(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(dir)
  const realRoot = realpathSync(root)
  const files = sirv(root, {
    dev: true, // look files up on every request: the export writes PDFs into the folder while it is served
    etag: true, // with `Cache-Control: no-cache`: always revalidated, never stale
    single: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      const type = MIME_TYPES[extname(pathname)]
      if (type)
        res.setHeader('Content-Type', type)
      // Content-hashed files are kept: the PDF export's pages (one browser) load the site's scripts and fonts once.
      if (isContentHashed(pathname))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    },
  })
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const refused = refusal(req, root, realRoot)
    if (refused) {
      res.writeHead(refused.status, { 'content-type': 'text/plain; charset=utf-8' }).end(refused.reason)
      return
    }
    dropUnsupportedRange(req)
    // A file that vanishes between sirv's stat and its read must end this response, not the process.
    res.on('pipe', (source: Readable) => source.on('error', () => res.destroy()))
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    })
  }
  const server = createServer((req, res) => {
    try {
      handle(req, res)
    }
    catch (error) {
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`Server error: ${(error as Error).message}`)
    }
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
