/**
 * The live server as a child process, spoken to over real WebSockets and HTTP: answers are counted,
 * stored and exported; every forbidden or malformed message is refused with a clear error and stores
 * nothing; a flood is dropped; the server never serves a file outside the deck; and every acknowledged
 * answer survives `kill -9`.
 */
import type { ExerciseData } from '../../exercises/schema.ts'
import type { LiveProcess } from '../scripts/liveProcess.ts'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LiveClient, participant, presenter, startLive, tempLiveDir } from '../scripts/liveProcess.ts'
import { loadExerciseCatalog } from './exerciseCatalog.ts'

let catalog: Map<string, ExerciseData>
function byType<T extends ExerciseData['type']>(type: T) {
  return [
    ...catalog.values(),
  ].find(e => e.type === type) as Extract<ExerciseData, { type: T }>
}

beforeAll(async () => {
  catalog = await loadExerciseCatalog()
})

const running: LiveProcess[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map(live => live.kill()))
})

async function start(dirs = tempLiveDir(), args: string[] = []): Promise<LiveProcess> {
  const live = await startLive({ db: dirs.db, dist: dirs.dist, args })
  running.push(live)
  return live
}

/** Rows of the session's CSV (BOM checked, header dropped), read through the presenter's export. */
async function csvRows(live: LiveProcess): Promise<string[][]> {
  const response = await fetch(`${live.url}/live/export.csv`, {
    headers: { authorization: `Bearer ${live.token}` },
  })
  expect(response.status).toBe(200)
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect([
    ...bytes.slice(0, 3),
  ]).toEqual([0xEF, 0xBB, 0xBF])
  const text = new TextDecoder().decode(bytes.slice(3))
  return text.trim().split('\r\n').slice(1).map(line => [
    ...line.matchAll(/"((?:[^"]|"")*)"/g),
  ].map(m => m[1]!.replace(/""/g, '"')))
}

describe('a live round', { timeout: 40_000 }, () => {
  it('counts answers live, lets them change until closed, reveals and exports one row per participant', async () => {
    const live = await start()
    const choice = byType('single-choice')
    const [right, wrong] = [
      choice.options.find(o => o.correct)!,
      choice.options.find(o => !o.correct)!,
    ]
    const host = await presenter(live)
    host.send({ t: 'watch', exercise: choice.id })
    await host.next('results', m => m.exercise === choice.id)
    const phones = await Promise.all(['device-aaaaaaaaaaaa1', 'device-aaaaaaaaaaaa2', 'device-aaaaaaaaaaaa3'].map(id => participant(live, id)))

    host.send({ t: 'open', exercise: choice.id, slide: 3 })
    for (const phone of phones)
      expect((await phone.next('state', m => m.current?.phase === 'open')).current).toEqual({ exercise: choice.id, phase: 'open', slide: 3 })

    phones[0]!.send({
      t: 'answer',
      seq: 1,
      exercise: choice.id,
      response: { selected: wrong.id },
    })
    expect(await phones[0]!.next('ack')).toMatchObject({ seq: 1 })
    phones[1]!.send({
      t: 'answer',
      seq: 1,
      exercise: choice.id,
      response: { selected: right.id },
    })
    phones[2]!.send({
      t: 'answer',
      seq: 1,
      exercise: choice.id,
      response: { selected: right.id },
    })
    await phones[1]!.next('ack')
    await phones[2]!.next('ack')
    // Participant 1 changes their mind: still one answer, now right.
    phones[0]!.send({
      t: 'answer',
      seq: 2,
      exercise: choice.id,
      response: { selected: right.id },
    })
    await phones[0]!.next('ack', m => m.seq === 2)
    const results = await host.next('results', m => m.count === 3 && m.summary.kind === 'bars' && m.summary.groups[0]!.bars.find(b => b.label === right.text)!.count === 3)
    expect(results.phase).toBe('open')

    host.send({ t: 'close', exercise: choice.id })
    await phones[0]!.next('state', m => m.current?.phase === 'closed')
    phones[0]!.send({
      t: 'answer',
      seq: 3,
      exercise: choice.id,
      response: { selected: wrong.id },
    })
    expect(await phones[0]!.next('error', m => m.seq === 3)).toMatchObject({ code: 'not-open' })

    host.send({ t: 'reveal', exercise: choice.id })
    const revealed = await phones[0]!.next('state', m => m.current?.phase === 'revealed')
    expect(revealed.mine).toMatchObject({
      response: { selected: right.id },
    })

    const rows = await csvRows(live)
    expect(rows).toHaveLength(3)
    expect(rows.map(row => row[1])).toEqual([choice.id, choice.id, choice.id])
    expect(rows.map(row => row[4]).sort()).toEqual(['学员 1', '学员 2', '学员 3'])
    expect(rows.every(row => row[5] === right.text && row[6] === '1' && row[7] === '1')).toBe(true)
    // The presenter button also wrote the file next to the database.
    const exportRun = await fetch(`${live.url}/live/export.csv`, {
      headers: { authorization: `Bearer ${live.token}` },
    })
    expect(decodeURIComponent(exportRun.headers.get('x-live-export-file')!)).toMatch(/exports\/.+\.csv$/)
  })

  it('keeps texts moderated: a hidden entry is flagged for the projector and in the CSV', async () => {
    const live = await start()
    const rewrite = byType('rewrite')
    const host = await presenter(live)
    host.send({ t: 'watch', exercise: rewrite.id })
    host.send({ t: 'open', exercise: rewrite.id })
    const phone = await participant(live, 'device-bbbbbbbbbbbb1')
    await phone.next('state', m => m.current?.phase === 'open')
    phone.send({
      t: 'answer',
      seq: 1,
      exercise: rewrite.id,
      response: {
        text: '<img src=x onerror=alert(1)> 您好',
        compared: true,
        ratings: Object.fromEntries(rewrite.rubric.map(c => [c.id, 2])),
      },
    })
    await phone.next('ack')
    const shown = await host.next('results', m => m.count === 1)
    const entry = shown.summary.kind === 'texts' && shown.summary.entries[0]
    expect(entry).toMatchObject({ text: '<img src=x onerror=alert(1)> 您好', hidden: false })
    host.send({
      t: 'hide',
      exercise: rewrite.id,
      entry: (entry as { entry: number }).entry,
      hidden: true,
    })
    const hidden = await host.next('results', m => m.summary.kind === 'texts' && !!m.summary.entries[0]?.hidden)
    expect(hidden.count).toBe(1)
    expect((await csvRows(live))[0]![8]).toBe('是')
  })
})

describe('refused, with a clear error, storing nothing', { timeout: 40_000 }, () => {
  it('control without the presenter token', async () => {
    const live = await start()
    const choice = byType('single-choice')
    const intruder = await LiveClient.open(live.url)
    intruder.send({ t: 'hello', role: 'presenter', token: 'guessed-token' })
    expect(await intruder.next('error')).toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('培训师'),
    })
    for (const t of ['open', 'close', 'reveal', 'watch'] as const) {
      intruder.send({ t, exercise: choice.id })
      expect(await intruder.next('error')).toMatchObject({ code: 'forbidden' })
    }
    const phone = await participant(live, 'device-cccccccccccc1')
    phone.send({ t: 'open', exercise: choice.id })
    expect(await phone.next('error')).toMatchObject({ code: 'forbidden' })
    expect((await phone.next('state')).current).toBeNull()
    const host = await presenter(live)
    expect(await host.next('room')).toMatchObject({ current: null, phases: {} })
    expect((await fetch(`${live.url}/live/export.csv`)).status).toBe(403)
    expect((await fetch(`${live.url}/live/export.csv`, {
      headers: { authorization: 'Bearer nope' },
    })).status).toBe(403)
  })

  it('answers to an unknown, unopened or closed exercise, and malformed, oversized or invalid answers', async () => {
    const live = await start()
    const choice = byType('single-choice')
    const other = byType('true-false')
    const host = await presenter(live)
    const phone = await participant(live, 'device-dddddddddddd1')
    const expectError = async (message: Record<string, unknown> | string, code: string) => {
      if (typeof message === 'string')
        phone.sendRaw(message)
      else
        phone.send(message)
      const error = await phone.next('error')
      expect(error.code).toBe(code)
      expect(error.message).toMatch(/[\u4E00-\u9FFF]/)
    }
    await expectError({
      t: 'answer',
      seq: 1,
      exercise: choice.id,
      response: { selected: choice.options[0]!.id },
    }, 'not-open')
    host.send({ t: 'open', exercise: choice.id })
    await phone.next('state', m => m.current?.phase === 'open')
    await expectError({
      t: 'answer',
      seq: 2,
      exercise: 'no-such-exercise',
      response: { selected: 'a' },
    }, 'unknown-exercise')
    await expectError({
      t: 'answer',
      seq: 3,
      exercise: other.id,
      response: { answer: true },
    }, 'not-open')
    await expectError({
      t: 'answer',
      seq: 4,
      exercise: choice.id,
      response: { selected: 'not-an-option' },
    }, 'bad-answer')
    await expectError({
      t: 'answer',
      seq: 5,
      exercise: choice.id,
      response: { selected: choice.options[0]!.id, extra: 1 },
    }, 'bad-answer')
    await expectError({
      t: 'answer',
      seq: 6,
      exercise: choice.id,
      response: { selected: null },
    }, 'incomplete')
    await expectError('{"t":"answer",', 'bad-json')
    await expectError({
      t: 'answer',
      seq: -1,
      exercise: choice.id,
      response: {},
    }, 'bad-message')
    await expectError({ t: 'shutdown' }, 'bad-message')
    await expectError({
      t: 'answer',
      seq: 7,
      exercise: choice.id,
      response: {
        selected: 'x'.repeat(20_000),
      },
    }, 'too-large')
    host.send({ t: 'close', exercise: choice.id })
    await phone.next('state', m => m.current?.phase === 'closed')
    await expectError({
      t: 'answer',
      seq: 8,
      exercise: choice.id,
      response: { selected: choice.options[0]!.id },
    }, 'not-open')
    expect(await csvRows(live)).toEqual([])
  })

  it('a wrong room code', async () => {
    const live = await start()
    const client = await LiveClient.open(live.url)
    client.send({
      t: 'hello',
      role: 'participant',
      room: live.room === '1234'
        ? '4321'
        : '1234',
      device: 'device-eeeeeeeeeeee1',
    })
    expect(await client.next('error')).toMatchObject({ code: 'unknown-room' })
    client.send({
      t: 'answer',
      seq: 1,
      exercise: byType('single-choice').id,
      response: { selected: 'a' },
    })
    expect(await client.next('error')).toMatchObject({ code: 'not-joined' })
  })

  it('a flood: dropped with rate-limited, the connection closed, the server still serving others', async () => {
    const live = await start()
    const choice = byType('single-choice')
    const host = await presenter(live)
    host.send({ t: 'open', exercise: choice.id })
    const flooder = await participant(live, 'device-ffffffffffff1')
    for (let seq = 1; seq <= 2000; seq++) {
      flooder.send({
        t: 'answer',
        seq,
        exercise: choice.id,
        response: { selected: choice.options[seq % choice.options.length]!.id },
      })
    }
    expect(await flooder.next('error', m => m.code === 'rate-limited')).toBeTruthy()
    expect((await flooder.closed).code).toBe(1008)
    const acks = flooder.received.filter(m => m.t === 'ack').length
    expect(acks).toBeLessThanOrEqual(40)
    const calm = await participant(live, 'device-ffffffffffff2')
    calm.send({
      t: 'answer',
      seq: 1,
      exercise: choice.id,
      response: { selected: choice.options[0]!.id },
    })
    await calm.next('ack')
    // One row per participant, however many messages the flood sent.
    expect((await csvRows(live)).length).toBe(2)
  })

  it('files outside the built deck, and other methods', async () => {
    const live = await start()
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/live/../../secret.txt',
      '//etc/passwd',
    ]) {
      const response = await fetch(`${live.url}${path}`)
      expect(await response.text()).not.toContain('outside dist')
      expect(response.status).toBe(404)
    }
    expect((await fetch(`${live.url}/index.html`)).status).toBe(200)
    expect((await fetch(`${live.url}/index.html`, { method: 'POST' })).status).toBe(405)
  })
})

describe('after kill -9', { timeout: 90_000 }, () => {
  it('keeps every acknowledged answer and comes back to the same open exercise, room and token', async () => {
    const dirs = tempLiveDir()
    const first = await start(dirs)
    const order = byType('ordering')
    const host = await presenter(first)
    host.send({ t: 'open', exercise: order.id, slide: 7 })
    const solved = order.items.map(item => item.id)
    const acked: string[] = []
    await Promise.all(Array.from({ length: 12 }, async (_, i) => {
      const device = `device-restart-${String(i).padStart(4, '0')}`
      const phone = await participant(first, device)
      await phone.next('state', m => m.current?.phase === 'open')
      phone.send({
        t: 'answer',
        seq: 1,
        exercise: order.id,
        response: {
          order: i % 2
            ? solved
            : [...solved].reverse(),
        },
      })
      await phone.next('ack')
      acked.push(device)
    }))
    await first.kill()

    const second = await start(dirs)
    expect([second.token, second.room, second.session]).toEqual([first.token, first.room, first.session])
    const back = await presenter(second)
    expect((await back.next('room')).current).toEqual({ exercise: order.id, phase: 'open', slide: 7 })
    back.send({ t: 'watch', exercise: order.id })
    const results = await back.next('results')
    expect(results.count).toBe(acked.length)
    expect(results.summary.kind === 'positions' && results.summary.items[0]!.inPlace).toBe(6)
    const phone = await participant(second, acked[3]!)
    expect((await phone.next('state')).mine).toMatchObject({ seq: 1 })
    expect(await csvRows(second)).toHaveLength(12)
  })
})
