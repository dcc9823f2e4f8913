/**
 * `npm run bench:live [-- --participants 1000 --window 2000 --rounds 2]`: a room of simulated phones
 * over loopback against a real `npm run live` server (a child process, its own temporary database).
 * Every participant joins, then answers once per round at a random moment within `window` ms (in the
 * second round they change their answer). Prints the latency from sending an answer to the first
 * presenter update that includes it (p50/p95/p99), answers lost (acknowledged but not in the
 * database, or never acknowledged), and the server's memory. Target: p99 ≤ 250 ms, 0 lost.
 * Never part of `npm test`.
 */
import type { ExerciseData } from '../../exercises/schema.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadExerciseCatalog } from '../server/exerciseCatalog.ts'
import { LiveClient, presenter, startLive, tempLiveDir } from './liveProcess.ts'

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '1000' },
    window: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '2' },
    sync: { type: 'string', default: 'normal' },
  },
})
const N = Number(values.participants)
const WINDOW = Number(values.window)
const ROUNDS = Number(values.rounds)

function rssMb(pid: number): number | null {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1])
    return Math.round(kb / 1024)
  }
  catch {
    return null
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)]!
    : Number.NaN
}

const catalog: Map<string, ExerciseData> = await loadExerciseCatalog()
const exercise = [
  ...catalog.values(),
].find(e => e.type === 'single-choice')
if (exercise?.type !== 'single-choice')
  throw new Error('no single-choice exercise to run the benchmark with')

const dirs = tempLiveDir()
const distIndex = resolve('dist/index.html')
const live = await startLive({
  db: dirs.db,
  args: ['--sync', values.sync],
  dist: (() => {
    try {
      readFileSync(distIndex)
      return resolve('dist')
    }
    catch {
      return dirs.dist
    }
  })(),
})
const pid = live.child.pid!
console.log(`live server pid ${pid} on ${live.url}; ${N} participants, ${ROUNDS} round(s) of answers within ${WINDOW} ms, SQLite sync ${values.sync}`)
console.log(`load average before: ${(await import('node:os')).loadavg().map(n => n.toFixed(2)).join(' ')}`)
const rssIdle = rssMb(pid)

// The presenter records when each update (by rev) arrived.
const host = await presenter(live)
host.send({ t: 'watch', exercise: exercise.id })
const updates: { rev: number, at: number, count: number }[] = []
const waiting: { rev: number, done: (at: number) => void }[] = []
host.ws.on('message', (data) => {
  const message = JSON.parse(String(data)) as { t: string, rev?: number, count?: number }
  if (message.t !== 'results')
    return
  const at = performance.now()
  updates.push({ rev: message.rev!, at, count: message.count! })
  for (let i = waiting.length - 1; i >= 0; i--) {
    if (waiting[i]!.rev <= message.rev!) {
      waiting[i]!.done(at)
      waiting.splice(i, 1)
    }
  }
})
/** When the first presenter update with `rev` or later arrived (or arrives). */
function updateWith(rev: number): Promise<number> {
  const seen = updates.find(u => u.rev >= rev)
  return seen
    ? Promise.resolve(seen.at)
    : new Promise(done => waiting.push({ rev, done }))
}
host.send({ t: 'open', exercise: exercise.id })

// Join in waves of 100, as a room of phones scanning the QR code would.
const joinStart = performance.now()
const phones: LiveClient[] = []
for (let i = 0; i < N; i += 100) {
  const wave = await Promise.all(Array.from({
    length: Math.min(100, N - i),
  }, async (_, k) => {
    const client = await LiveClient.open(live.url)
    client.send({
      t: 'hello',
      role: 'participant',
      room: live.room,
      device: `bench-device-${String(i + k).padStart(6, '0')}`,
    })
    await client.next('welcome', undefined, 30_000)
    return client
  }))
  phones.push(...wave)
}
console.log(`joined: ${phones.length} in ${Math.round(performance.now() - joinStart)} ms`)

const latencies: number[] = []
let acked = 0
let refused = 0
let unacked = 0
const lastChoice = new Map<number, string>()
for (let round = 1; round <= ROUNDS; round++) {
  const sent: Promise<void>[] = phones.map((phone, index) => new Promise<void>((done) => {
    setTimeout(() => {
      const option = exercise.options[(index + round) % exercise.options.length]!
      const seq = round
      const t0 = performance.now()
      phone.send({
        t: 'answer',
        seq,
        exercise: exercise.id,
        response: { selected: option.id },
      })
      Promise.race([
        phone.next('ack', m => m.seq === seq, 30_000).then(async (ack) => {
          acked++
          lastChoice.set(index, option.id)
          latencies.push(await updateWith(ack.rev) - t0)
        }),
        phone.next('error', m => m.seq === seq, 30_000).then(() => {
          refused++
        }),
      ]).catch(() => {
        unacked++
      }).finally(done)
    }, Math.random() * WINDOW)
  }))
  await Promise.all(sent)
}
await new Promise(done => setTimeout(done, 500))
const rssPeak = rssMb(pid)

// Lost = acknowledged answers the database does not have (checked through the presenter's CSV export).
const csv = await (await fetch(`${live.url}/live/export.csv`, {
  headers: { authorization: `Bearer ${live.token}` },
})).text()
const rows = csv.trim().split('\r\n').slice(1)
const stored = new Map(rows.map((row) => {
  const fields = [
    ...row.matchAll(/"((?:[^"]|"")*)"/g),
  ].map(m => m[1]!)
  return [
    fields[4]!,
    JSON.parse(fields[10]!.replace(/""/g, '"')) as { selected: string },
  ]
}))
const storedChoices = [
  ...stored.values(),
].map(r => r.selected).sort().join()
const expectedChoices = [
  ...lastChoice.values(),
].sort().join()
const lost = Math.max(0, lastChoice.size - stored.size) + (storedChoices === expectedChoices
  ? 0
  : 1) + unacked
const finalCount = updates.at(-1)?.count ?? 0

latencies.sort((a, b) => a - b)
const ms = (n: number) => `${Math.round(n)} ms`
console.log([
  '',
  `answers sent: ${N * ROUNDS}, acknowledged: ${acked}, refused: ${refused}, never acknowledged: ${unacked}`,
  `answer → presenter update: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? Number.NaN)} (${latencies.length} samples)`,
  `answers lost: ${lost} (rows in the database: ${stored.size}, presenter's last count: ${finalCount})`,
  `server memory (RSS): ${rssIdle ?? '?'} MB idle → ${rssPeak ?? '?'} MB with ${N} connected`,
  `load average after: ${(await import('node:os')).loadavg().map(n => n.toFixed(2)).join(' ')}`,
  `target: p99 ≤ 250 ms and 0 lost → ${percentile(latencies, 99) <= 250 && lost === 0
    ? 'met'
    : 'NOT met'}`,
].join('\n'))

for (const phone of phones)
  phone.ws.terminate()
host.ws.terminate()
await live.stop()
process.exit(0)
