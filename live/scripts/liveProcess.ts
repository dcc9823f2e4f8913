/**
 * Runs `npm run live`'s server as a child process (so a test can SIGKILL it) on a free loopback port,
 * and a small WebSocket client to talk to it the way a phone or the presenter does.
 */
import type { ChildProcess } from 'node:child_process'
import type { ClientMessage, ServerMessage } from '../protocol.ts'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import WebSocket from 'ws'

export interface LiveProcess {
  child: ChildProcess
  url: string
  port: number
  token: string
  room: string
  session: string
  db: string
  output: () => string
  /** SIGTERM and wait for the exit. */
  stop: () => Promise<void>
  /** SIGKILL (a crash) and wait for the exit. */
  kill: () => Promise<void>
}

const CLI = resolve(import.meta.dirname, '../server/cli.ts')

/** A throwaway directory with a stand-in deck (tests of the protocol do not need the real build). */
export function tempLiveDir(): { dir: string, db: string, dist: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qzgz-live-'))
  const dist = join(dir, 'dist')
  mkdirSync(dist)
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>deck</title>')
  writeFileSync(join(dir, 'secret.txt'), 'outside dist')
  return {
    dir,
    db: join(dir, 'live.sqlite'),
    dist,
  }
}

export async function startLive(options: { db: string, dist: string, port?: number, args?: string[] }): Promise<LiveProcess> {
  const child = spawn(process.execPath, [
    CLI,
    '--host',
    '127.0.0.1',
    '--port',
    String(options.port ?? 0),
    '--db',
    options.db,
    '--dist',
    options.dist,
    ...(options.args ?? []),
  ], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (chunk) => {
    out += String(chunk)
  })
  child.stderr!.on('data', (chunk) => {
    out += String(chunk)
  })
  const exited = new Promise<void>(done => child.once('exit', () => done()))
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`live server did not start:\n${out}`)), 30_000)
    const check = () => {
      if (/Data /.test(out)) {
        clearTimeout(timer)
        done()
      }
    }
    child.stdout!.on('data', check)
    child.once('exit', () => {
      clearTimeout(timer)
      fail(new Error(`live server exited:\n${out}`))
    })
  })
  const port = Number(/Listening on [^:]+:(\d+)/.exec(out)![1])
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    token: /[?&]live=([\w-]+)/.exec(out)![1]!,
    room: /room code 房间号 (\d{4})/.exec(out)![1]!,
    session: /session (\S+)/.exec(out)![1]!,
    db: options.db,
    output: () => out,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
    kill: async () => {
      child.kill('SIGKILL')
      await exited
    },
  }
}

/** A test's WebSocket client: every message received is kept; `next` waits for one that matches. */
export class LiveClient {
  readonly ws: WebSocket
  readonly received: ServerMessage[] = []
  private waiters: { match: (m: ServerMessage) => boolean, done: (m: ServerMessage) => void }[] = []
  readonly closed: Promise<{ code: number, reason: string }>

  constructor(url: string) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/live/ws`)
    this.ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage
      this.received.push(message)
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.match(message))
          return true
        waiter.done(message)
        return false
      })
    })
    this.closed = new Promise(done => this.ws.once('close', (code, reason) => done({
      code,
      reason: String(reason),
    })))
  }

  static async open(url: string): Promise<LiveClient> {
    const client = new LiveClient(url)
    await new Promise<void>((done, fail) => {
      client.ws.once('open', () => done())
      client.ws.once('error', fail)
    })
    return client
  }

  send(message: ClientMessage | Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message))
  }

  sendRaw(text: string): void {
    this.ws.send(text)
  }

  /** The first message (already received or coming) that matches; fails after `timeout` ms. */
  next<T extends ServerMessage['t']>(t: T, match: (m: Extract<ServerMessage, { t: T }>) => boolean = () => true, timeout = 5000): Promise<Extract<ServerMessage, { t: T }>> {
    const test = (m: ServerMessage) => m.t === t && match(m as Extract<ServerMessage, { t: T }>)
    const seen = this.received.find(test)
    if (seen) {
      this.received.splice(this.received.indexOf(seen), 1)
      return Promise.resolve(seen as Extract<ServerMessage, { t: T }>)
    }
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no "${t}" message within ${timeout} ms; received ${JSON.stringify(this.received.slice(-5))}`)), timeout)
      this.waiters.push({
        match: test,
        done: (m) => {
          clearTimeout(timer)
          this.received.splice(this.received.indexOf(m), 1)
          done(m as Extract<ServerMessage, { t: T }>)
        },
      })
    })
  }

  close(): void {
    this.ws.close()
  }
}

export async function presenter(live: LiveProcess): Promise<LiveClient> {
  const client = await LiveClient.open(live.url)
  client.send({ t: 'hello', role: 'presenter', token: live.token })
  await client.next('welcome')
  return client
}

export async function participant(live: LiveProcess, device: string): Promise<LiveClient> {
  const client = await LiveClient.open(live.url)
  client.send({
    t: 'hello',
    role: 'participant',
    room: live.room,
    device,
  })
  await client.next('welcome')
  return client
}
