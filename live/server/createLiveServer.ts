/**
 * One Node server for a live workshop: the built deck (dist/, via sirv: nothing outside it is ever
 * served), the join redirect and QR code, the CSV export, and the WebSocket at /live/ws.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ServerMessage } from '../protocol.ts'
import type { Peer, RoomOptions } from './LiveRoom.ts'
import type { SyncMode } from './LiveStore.ts'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import sirv from 'sirv'
import { renderSVG } from 'uqr'
import { WebSocket, WebSocketServer } from 'ws'
import { errorMessage } from '../protocol.ts'
import { loadExerciseCatalog } from './exerciseCatalog.ts'
import { lanAddress } from './lanAddress.ts'
import { LiveRoom } from './LiveRoom.ts'
import { LiveStore } from './LiveStore.ts'
import { sameToken } from './sameToken.ts'
import { sessionCsv, writeSessionCsv } from './sessionCsv.ts'

export interface LiveServerOptions {
  /** The built deck (default dist). */
  dist?: string
  /** Bind address (default 0.0.0.0: every interface, so phones on the venue Wi-Fi can join). */
  host?: string
  /** Port (default 4300; 0 picks a free one). */
  port?: number
  /** SQLite file (default .live/live.sqlite). */
  db?: string
  /** SQLite durability (default normal: survives a crashed process; full: also a power cut). */
  sync?: SyncMode
  /** Start a new session (new room code and token) instead of resuming the latest. */
  newSession?: boolean
  room?: RoomOptions
}

export interface LiveServer {
  /** Loopback URL of the server. */
  url: string
  /** The presenter's URL, with the token. */
  presenterUrl: string
  /** What participants open (the LAN address unless bound to loopback). */
  joinUrl: string
  room: LiveRoom
  store: LiveStore
  close: () => Promise<void>
}

/** Largest WebSocket frame accepted at all; the room answers frames above MAX_MESSAGE_LENGTH with an error. */
const MAX_FRAME_BYTES = 64 * 1024

export const DEFAULT_PORT = 4300
export const DEFAULT_HOST = '0.0.0.0'
export const DEFAULT_DB = '.live/live.sqlite'

export async function createLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const dist = resolve(options.dist ?? 'dist')
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`No built deck in ${dist}. Run \`npm run build\` first.`)
  const host = options.host ?? DEFAULT_HOST
  const exercises = await loadExerciseCatalog()
  const store = new LiveStore(resolve(options.db ?? DEFAULT_DB), options.sync)
  const session = store.openSession(options.newSession)
  const statics = sirv(dist, { dev: false, etag: true, dotfiles: false })

  const http = createServer((req, res) => handleHttp(req, res))
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES })
  await new Promise<void>((done, fail) => {
    http.once('error', fail)
    http.listen(options.port ?? DEFAULT_PORT, host, done)
  })
  const port = (http.address() as AddressInfo).port
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1'
  const publicHost = loopback
    ? '127.0.0.1'
    : host === DEFAULT_HOST || host === '::'
      ? lanAddress()
      : host
  const joinUrl = `http://${publicHost}:${port}/join?room=${session.room}`
  const room = new LiveRoom(store, session, exercises, joinUrl, options.room)

  function isPresenter(req: IncomingMessage): boolean {
    const header = req.headers.authorization ?? ''
    const token = header.startsWith('Bearer ')
      ? header.slice('Bearer '.length)
      : ''
    return sameToken(token, session.token)
  }

  function handleHttp(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    switch (url.pathname) {
      case '/join': {
        // Hash routing: the participant page is #/live in the built deck.
        const code = url.searchParams.get('room')
        const target = code && /^\d{4}$/.test(code)
          ? `/#/live?room=${code}`
          : '/#/live'
        res.writeHead(302, { 'Location': target, 'Cache-Control': 'no-store' }).end()
        return
      }
      case '/live/info':
        sendJson(res, { live: true, room: session.room, joinUrl })
        return
      case '/live/qr.svg':
        res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' })
        res.end(renderSVG(joinUrl, { border: 2 }))
        return
      case '/live/export.csv':
        if (!isPresenter(req)) {
          sendJson(res, { error: 'forbidden', message: '只有培训师（带演示口令）可以导出。' }, 403)
          return
        }
        void writeSessionCsv(store, session.id, exercises).then((file) => {
          res.writeHead(200, {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="live-${session.id}.csv"`,
            'X-Live-Export-File': encodeURIComponent(file),
            'Cache-Control': 'no-store',
          })
          res.end(sessionCsv(store, session.id, exercises))
        }, (error: unknown) => {
          sendJson(res, {
            error: 'storage',
            message: String(error),
          }, 500)
        })
        return
      case '/sw.js':
      case '/registerSW.js':
        // No offline cache from the live server: 30 phones should not each download the whole site.
        res.writeHead(404, { 'Cache-Control': 'no-store' }).end()
        return
    }
    statics(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
    })
  }

  http.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/live/ws') {
      socket.destroy()
      return
    }
    wss.handleUpgrade(req, socket, head, ws => attach(ws))
  })

  function attach(ws: WebSocket): void {
    const peer: Peer = {
      send: (message: ServerMessage) => {
        if (ws.readyState === WebSocket.OPEN)
          ws.send(JSON.stringify(message))
      },
      close: (code, reason) => ws.close(code, reason),
    }
    let alive = true
    // Phones that walk out of the Wi-Fi never say goodbye: drop connections that stop answering pings.
    const heartbeat = setInterval(() => {
      if (!alive)
        return ws.terminate()
      alive = false
      ws.ping()
    }, 30_000)
    room.connect(peer)
    ws.on('message', (data, isBinary) => {
      try {
        room.receive(peer, isBinary
          ? '\u0000binary'
          : data.toString())
      }
      catch (error) {
        // A bug must cost one message, never the session.
        console.error('[live] message failed:', error)
        peer.send(errorMessage('bad-message'))
      }
    })
    ws.on('pong', () => {
      alive = true
    })
    ws.on('close', () => {
      clearInterval(heartbeat)
      room.disconnect(peer)
    })
    ws.on('error', () => ws.terminate())
  }

  return {
    url: `http://127.0.0.1:${port}`,
    presenterUrl: `http://${loopback
      ? '127.0.0.1'
      : 'localhost'}:${port}/?live=${session.token}#/presenter/1`,
    joinUrl,
    room,
    store,
    close: async () => {
      room.dispose()
      for (const client of wss.clients)
        client.terminate()
      await new Promise<void>(done => wss.close(() => done()))
      const closed = new Promise<void>(done => http.close(() => done()))
      http.closeAllConnections()
      await closed
      store.close()
    },
  }
}

function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(value))
}
