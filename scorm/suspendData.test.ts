import type { ExerciseState } from '../exercises/contract.ts'
import type { LearnerRecord } from './suspendData.ts'
import { describe, expect, it } from 'vitest'
import { exerciseState } from '../tests/lib/exercise-state.ts'
import {
  decodeSuspendData,
  defaultExercisePriority,
  encodeSuspendData,
  formatRanges,
  MAX_SEEN_SLIDES,
  MIN_SUSPEND_DATA_LIMIT,
  parseRanges,
  SUSPEND_DATA_LIMITS,
} from './suspendData.ts'

function exercises(...states: ExerciseState[]): Record<string, unknown> {
  return Object.fromEntries(states.map(s => [s.id, s]))
}

/** Deterministic pseudo-random numbers (mulberry32), so failures can be replayed. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6D2B79F5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sample: LearnerRecord = {
  slide: 15,
  seen: [15, 3, 1, 2, 2, 5],
  completed: false,
  exercises: exercises(
    exerciseState('q1', 'single-choice', 'b', { attempts: 2 }),
    exerciseState('plan', 'action-plan', {
      steps: ['先听群众说'],
    }, { checked: false }),
  ),
}

describe('slide ranges', () => {
  it('formats sorted, merged ranges', () => {
    expect(formatRanges([
      15,
      1,
      2,
      3,
      4,
      12,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12,
    ])).toBe('1-12,15')
    expect(formatRanges([])).toBe('')
    expect(formatRanges([3, -1, 1.5, Number.NaN, 7, 5])).toBe('3,5,7')
  })

  it('parses what it formats, and nothing else', () => {
    expect(parseRanges('1-12,15')).toEqual([
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12,
      15,
    ])
    expect(parseRanges('')).toEqual([])
    for (const bad of [
      '1-',
      ',1',
      '3-1',
      '1,1',
      '2,1',
      '1-3,2',
      'a',
      '1 ,2',
      '-1',
      '1.5',
      '99999999999999999',
    ])
      expect(parseRanges(bad), bad).toBeUndefined()
    expect(parseRanges(`1-${MAX_SEEN_SLIDES}`)).toHaveLength(MAX_SEEN_SLIDES)
    expect(parseRanges(`0-${MAX_SEEN_SLIDES}`)).toBeUndefined()
  })
})

describe('encodeSuspendData', () => {
  it('writes a compact, readable, versioned text', () => {
    expect(encodeSuspendData(sample, '1.2')).toBe(
      '{"v":1,"s":15,"c":0,"r":"1-3,5,15","x":[["q1","single-choice",1,"b",1,2],["plan","action-plan",1,{"steps":["\\u5148\\u542c\\u7fa4\\u4f17\\u8bf4"]},0,1]]}',
    )
  })

  it('round-trips the record, exercise states included', () => {
    const decoded = decodeSuspendData(encodeSuspendData(sample, '2004'))
    expect(decoded).toEqual({
      ...sample,
      seen: [1, 2, 3, 5, 15],
    })
    expect(Object.keys(decoded!.exercises)).toEqual(['q1', 'plan'])
    const revealed = exerciseState('r', 'quiz', { 0: 'a' }, { checked: true, revealed: true, attempts: 0 })
    expect(decodeSuspendData(encodeSuspendData({
      ...sample,
      completed: true,
      exercises: exercises(revealed),
    }, '1.2'))).toMatchObject({
      completed: true,
      exercises: { r: revealed },
    })
  })

  it('writes only printable ASCII, whatever the answers contain', () => {
    const text = encodeSuspendData({
      ...sample,
      exercises: exercises(exerciseState('w', 'rewrite', '群众"\n\t\u2028😀<&>\\')),
    }, '1.2')
    expect(text).toMatch(/^[\x20-\x7E]*$/)
    expect(decodeSuspendData(text)?.exercises.w).toMatchObject({ response: '群众"\n\t\u2028😀<&>\\' })
  })

  it('leaves out values that are not exercise states', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    const record = {
      ...sample,
      exercises: {
        ...sample.exercises,
        a: null,
        b: 'x',
        c: { v: 2, type: 'quiz' },
        d: exerciseState('d', 'quiz', cyclic),
        e: exerciseState('e', 'quiz', undefined),
        f: exerciseState('f', 'quiz', 1n),
      },
    }
    expect(Object.keys(decodeSuspendData(encodeSuspendData(record, '2004'))!.exercises)).toEqual(['q1', 'plan'])
  })

  it('refuses a limit too small to hold the slide and the completion state', () => {
    expect(() => encodeSuspendData(sample, '1.2', { limit: MIN_SUSPEND_DATA_LIMIT - 1 })).toThrow(RangeError)
    expect(() => encodeSuspendData(sample, '1.2', { limit: Number.NaN })).toThrow(RangeError)
  })
})

describe('encodeSuspendData truncation', () => {
  const scattered = Array.from({ length: 400 }, (_, i) => i * 2 + 1)

  it('collapses seen slides to a count first', () => {
    const record = { ...sample, seen: scattered }
    const full = encodeSuspendData(record, '2004')
    expect(full).toContain('"r":"1,3,5,')
    const text = encodeSuspendData(record, '2004', { limit: 300 })
    expect(text.length).toBeLessThanOrEqual(300)
    expect(text).toContain('"n":400')
    expect(decodeSuspendData(text)).toEqual({ ...sample, seen: [], seenCount: 400 })
  })

  it('keeps a count as a count, the larger of the two', () => {
    const text = encodeSuspendData({
      ...sample,
      seen: [1, 2],
      seenCount: 30,
    }, '2004')
    expect(decodeSuspendData(text)).toMatchObject({ seen: [], seenCount: 30 })
    expect(decodeSuspendData(encodeSuspendData({
      ...sample,
      seen: [1, 2, 3],
      seenCount: 2,
    }, '2004'))?.seenCount).toBe(3)
  })

  it('then drops unscored answers, then the earliest listed ones', () => {
    const record: LearnerRecord = {
      slide: 40,
      seen: scattered,
      completed: true,
      exercises: exercises(
        exerciseState('q-old', 'single-choice', 'a'),
        exerciseState('assess', 'self-assessment', [3, 4, 5]),
        exerciseState('q-mid', 'multiple-choice', ['a', 'b']),
        exerciseState('plan', 'action-plan', '我的计划'),
        exerciseState('q-new', 'quiz', { 0: 'c' }),
      ),
    }
    const keptAt = (limit: number) => {
      const text = encodeSuspendData(record, '1.2', { limit })
      expect(text.length).toBeLessThanOrEqual(limit)
      const decoded = decodeSuspendData(text)!
      expect(decoded).toMatchObject({ slide: 40, completed: true, seenCount: 400 })
      return Object.keys(decoded.exercises)
    }
    const lengths = [
      ...Array.from({ length: 260 }).keys(),
    ].map(i => i + MIN_SUSPEND_DATA_LIMIT)
    const seenOrders = new Set(lengths.map(limit => keptAt(limit).join(' ')))
    expect([...seenOrders]).toEqual([
      '',
      'q-new',
      'q-mid q-new',
      'q-old q-mid q-new',
      'q-old q-mid plan q-new',
      'q-old assess q-mid plan q-new',
    ])
  })

  it('keeps as many answers as fit', () => {
    const many = exercises(...Array.from({ length: 50 }, (_, i) => exerciseState(`q${i}`, 'quiz', `answer ${i}`)))
    const record = { ...sample, exercises: many }
    for (const limit of [100, 333, 1000, 1500]) {
      const text = encodeSuspendData(record, '1.2', { limit })
      expect(text.length).toBeLessThanOrEqual(limit)
      const kept = Object.keys(decodeSuspendData(text)!.exercises)
      const next = Object.keys(many).at(-kept.length - 1)
      if (next !== undefined) {
        const one = encodeSuspendData({
          ...record,
          exercises: { [next]: many[next] },
        }, '1.2', { limit: 64000 })
        const empty = encodeSuspendData({ ...record, exercises: {} }, '1.2', { limit: 64000 })
        expect(text.length + one.length - empty.length + (kept.length > 0
          ? 1
          : 0), 'the next one would not fit').toBeGreaterThan(limit)
      }
    }
  })

  it('keeps the quizzes (pre-test, post-test) longest, even when answered first', () => {
    const record: LearnerRecord = {
      slide: 90,
      seen: [],
      completed: false,
      exercises: exercises(
        exerciseState('posttest', 'quiz', { 0: 'a', 1: 'b' }),
        exerciseState('later', 'single-choice', 'a'),
        exerciseState('plan', 'action-plan', '我的计划'),
      ),
    }
    const onlyQuiz = encodeSuspendData({
      ...record,
      exercises: { posttest: record.exercises.posttest },
    }, '1.2').length
    const text = encodeSuspendData(record, '1.2', { limit: onlyQuiz })
    expect(Object.keys(decodeSuspendData(text)!.exercises)).toEqual(['posttest'])
    expect(defaultExercisePriority('posttest', record.exercises.posttest)).toBeGreaterThan(defaultExercisePriority('later', record.exercises.later))
  })

  it('uses a custom priority', () => {
    const record = {
      ...sample,
      exercises: exercises(exerciseState('keep', 'self-assessment', 'x'), exerciseState('drop', 'quiz', 'y')),
    }
    const limit = encodeSuspendData({
      ...record,
      exercises: { keep: record.exercises.keep },
    }, '1.2').length
    const text = encodeSuspendData(record, '1.2', {
      limit,
      priority: id => (id === 'keep'
        ? 9
        : 0),
    })
    expect(Object.keys(decodeSuspendData(text)!.exercises)).toEqual(['keep'])
    expect(defaultExercisePriority('x', null)).toBe(1)
    expect(defaultExercisePriority('x', exerciseState('x', 'action-plan', ''))).toBe(0)
  })

  it.each(['1.2', '2004'] as const)('never exceeds the SCORM %s limit, even for huge inputs', (version) => {
    const limit = SUSPEND_DATA_LIMITS[version]
    const next = random(version === '1.2'
      ? 12
      : 2004)
    const types = [
      'single-choice',
      'quiz',
      'rewrite',
      'action-plan',
      'self-assessment',
      'matching',
    ]
    const stats = { collapsed: 0, someDropped: 0, someKept: 0 }
    for (let run = 0; run < 25; run++) {
      const count = Math.floor(next() * 400)
      const states = Array.from({ length: count }, (_, i) => exerciseState(
        `exercise-${run}-${i}`,
        types[i % types.length]!,
        '群众工作'.repeat(Math.floor(next() ** 3 * 2000)),
        {
          attempts: Math.floor(next() * 50),
        },
      ))
      const record: LearnerRecord = {
        slide: Math.floor(next() * 1e6),
        seen: Array.from({
          length: Math.floor(next() * 20000),
        }, () => Math.floor(next() * 1e6)),
        completed: next() < 0.5,
        exercises: exercises(...states),
      }
      const text = encodeSuspendData(record, version)
      expect(text.length).toBeLessThanOrEqual(limit)
      expect(text).toMatch(/^[\x20-\x7E]*$/)
      const decoded = decodeSuspendData(text)
      expect(decoded?.slide).toBe(record.slide)
      expect(decoded?.completed).toBe(record.completed)
      for (const [id, saved] of Object.entries(decoded!.exercises))
        expect(saved).toEqual(record.exercises[id])
      const kept = Object.keys(decoded!.exercises).length
      stats.collapsed += decoded!.seenCount === undefined
        ? 0
        : 1
      stats.someDropped += kept < count
        ? 1
        : 0
      stats.someKept += kept > 0
        ? 1
        : 0
    }
    // The runs cover both truncation steps and records that keep answers.
    expect(Math.min(stats.collapsed, stats.someDropped, stats.someKept)).toBeGreaterThan(0)
  })

  it('fits extreme inputs: a million seen slides, one 10-megabyte answer, the largest slide number', () => {
    const record: LearnerRecord = {
      slide: Number.MAX_SAFE_INTEGER,
      seen: Array.from({ length: 1_000_000 }, (_, i) => i),
      completed: true,
      exercises: exercises(exerciseState('huge', 'rewrite', 'x'.repeat(10_000_000))),
    }
    for (const limit of [MIN_SUSPEND_DATA_LIMIT, SUSPEND_DATA_LIMITS['1.2'], SUSPEND_DATA_LIMITS['2004']]) {
      const text = encodeSuspendData(record, '1.2', { limit })
      expect(text.length).toBeLessThanOrEqual(limit)
      expect(decodeSuspendData(text)).toEqual({
        slide: Number.MAX_SAFE_INTEGER,
        seen: [],
        seenCount: 1_000_000,
        completed: true,
        exercises: {},
      })
    }
  })
})

describe('decodeSuspendData', () => {
  it('returns undefined for missing, foreign, other-version or corrupt data', () => {
    const valid = encodeSuspendData(sample, '1.2')
    const bad: unknown[] = [
      undefined,
      null,
      42,
      '',
      'null',
      '[]',
      '"text"',
      'lesson=3;score=80',
      valid.replace('"v":1', '"v":2'),
      valid.replace('"v":1,', ''),
      valid.replace('"s":15', '"s":-1'),
      valid.replace('"s":15', '"s":"15"'),
      valid.replace('"c":0', '"c":true'),
      valid.replace('"r":"1-3,5,15"', '"r":"3-1"'),
      valid.replace('"r":"1-3,5,15"', '"r":"1-99999999999"'),
      valid.replace('"r":"1-3,5,15"', '"n":-3'),
      valid.replace('"r":"1-3,5,15"', '"r":"1","n":3'),
      valid.replace('"r":"1-3,5,15",', ''),
      valid.replace(',1,2]', ',4,2]'),
      valid.replace(',1,2]', ',1,2,0]'),
      valid.replace('"plan"', '"q1"'),
      valid.replace('"x":[', '"x":{').replace(/\]\}$/, '}}'),
    ]
    for (const text of bad)
      expect(decodeSuspendData(text), String(text)).toBeUndefined()
    expect(decodeSuspendData(valid)).toBeDefined()
  })

  it('never throws, for any prefix or mutation of a valid text', () => {
    const valid = encodeSuspendData(sample, '1.2')
    const next = random(7)
    for (let i = 0; i < valid.length; i++) {
      expect(() => decodeSuspendData(valid.slice(0, i))).not.toThrow()
      const chars = [...valid]
      chars[Math.floor(next() * chars.length)] = String.fromCharCode(32 + Math.floor(next() * 95))
      expect(() => decodeSuspendData(chars.join(''))).not.toThrow()
    }
  })

  it('keeps an exercise id named __proto__ as data, not as a prototype', () => {
    const record = {
      ...sample,
      exercises: JSON.parse('{"__proto__":{"v":1,"type":"quiz","id":"__proto__","rv":1,"response":1,"checked":false,"revealed":false,"attempts":0}}') as Record<string, unknown>,
    }
    const decoded = decodeSuspendData(encodeSuspendData(record, '2004'))!
    expect(Object.getPrototypeOf(decoded.exercises)).toBe(Object.prototype)
    expect(Object.keys(decoded.exercises)).toEqual(['__proto__'])
  })
})
