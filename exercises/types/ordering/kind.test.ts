import type { OrderingData } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { expectRestoredAfterCheck } from '../../../tests/lib/contract-invariants.ts'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile } from '../../schema.ts'
import { displayOrder, initialOrder, isInPlace, moveItem, ordering, orderingSchema } from './kind.ts'

function raw() {
  return {
    id: 'order-sample',
    type: 'ordering',
    title: '样题',
    question: '请排好顺序。',
    items: [
      { id: 'listen', text: '倾听' },
      { id: 'analyse', text: '分析' },
      { id: 'plan', text: '方案' },
      { id: 'feedback', text: '反馈' },
    ],
    rationale: '四步循环。',
  }
}

const data: OrderingData = orderingSchema.parse(raw())
const SOLVED = [
  'listen',
  'analyse',
  'plan',
  'feedback',
]

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

/** Every order of `ids`. */
function permutations(ids: string[]): string[][] {
  if (ids.length <= 1) {
    return [
      ids,
    ]
  }
  return ids.flatMap((id, i) => permutations([
    ...ids.slice(0, i),
    ...ids.slice(i + 1),
  ]).map(rest => [id, ...rest]))
}

describe('ordering scoring', () => {
  it('gives one point per item in its correct position; max is the number of items', () => {
    expect(ordering.maxScore(data)).toBe(4)
    expect(ordering.score(data, { order: SOLVED })).toBe(4)
    expect(ordering.score(data, {
      order: [
        'listen',
        'analyse',
        'feedback',
        'plan',
      ],
    })).toBe(2)
    // A block in order but shifted by one earns nothing: only positions count.
    expect(ordering.score(data, {
      order: [
        'feedback',
        'listen',
        'analyse',
        'plan',
      ],
    })).toBe(0)
  })

  it('keeps every score within [0, max] over all orders', () => {
    for (const order of permutations(SOLVED)) {
      const score = ordering.score(data, { order })
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(ordering.maxScore(data))
      expect(score === 4).toBe(order.join() === SOLVED.join())
    }
  })

  it('is unanswered until the learner moves an item', () => {
    const empty = ordering.emptyResponse(data)
    expect(empty).toEqual({ order: [] })
    expect(ordering.isAnswered(data, empty)).toBe(false)
    expect(ordering.score(data, empty)).toBe(0)
    expect(ordering.isAnswered(data, {
      order: moveItem(initialOrder(data), 1, -1),
    })).toBe(true)
  })

  it('offers the data order as its solution, which earns full marks', () => {
    const solution = ordering.solution(data)
    expect(solution).toEqual({ order: SOLVED })
    expect(ordering.score(data, solution)).toBe(ordering.maxScore(data))
    expect(ordering.isResponse(data, solution)).toBe(true)
  })

  it('starts from a fixed scramble that is never the solution and has nothing in place', () => {
    const start = initialOrder(data)
    expect(start).toEqual(initialOrder(data))
    expect([...start].sort()).toEqual([...SOLVED].sort())
    expect(ordering.score(data, { order: start })).toBe(0)
    expect(displayOrder(data, ordering.emptyResponse(data))).toEqual(start)
    expect(displayOrder(data, { order: SOLVED })).toEqual(SOLVED)
  })

  it('moves an item up or down by one, clamped at the ends, without changing the input', () => {
    const order = ['a', 'b', 'c']
    expect(moveItem(order, 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(order, 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(order, 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(order, 2, 1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(order, 5, 1)).toEqual(['a', 'b', 'c'])
    expect(order).toEqual(['a', 'b', 'c'])
  })

  it('tells which positions are right', () => {
    const order = [
      'listen',
      'plan',
      'analyse',
      'feedback',
    ]
    expect([0, 1, 2, 3].map(i => isInPlace(data, order, i))).toEqual([true, false, false, true])
  })

  it('accepts only the empty order or a full permutation of the item ids', () => {
    expect(ordering.isResponse(data, { order: [] })).toBe(true)
    expect(ordering.isResponse(data, {
      order: [
        'feedback',
        'plan',
        'analyse',
        'listen',
      ],
    })).toBe(true)
    expect(ordering.isResponse(data, {
      order: ['listen', 'analyse', 'plan'],
    })).toBe(false)
    expect(ordering.isResponse(data, {
      order: ['listen', 'listen', 'plan', 'feedback'],
    })).toBe(false)
    expect(ordering.isResponse(data, {
      order: ['listen', 'analyse', 'plan', 'other'],
    })).toBe(false)
    expect(ordering.isResponse(data, {
      order: [1, 2, 3, 4],
    })).toBe(false)
    expect(ordering.isResponse(data, { order: SOLVED, extra: 1 })).toBe(false)
    expect(ordering.isResponse(data, { order: 'listen' })).toBe(false)
    expect(ordering.isResponse(data, [])).toBe(false)
    expect(ordering.isResponse(data, null)).toBe(false)
  })
})

describe('ordering through the shared contract', () => {
  afterEach(() => exerciseStore.clear())

  it('restores a serialized state to the same score and status', () => {
    const restored = expectRestoredAfterCheck(ordering, data, {
      order: [
        'listen',
        'analyse',
        'feedback',
        'plan',
      ],
    })
    expect(restored).toEqual({ score: 2, status: 'partial' })
  })

  it('reports correct and incorrect, and retry goes back to the scramble', () => {
    const ex = useExercise(ordering, data)
    ex.respond(ordering.solution(data))
    ex.check()
    expect(ex.status.value).toBe('correct')
    ex.retry()
    expect(displayOrder(data, ex.response.value)).toEqual(initialOrder(data))
    ex.respond({
      order: initialOrder(data),
    })
    ex.check()
    expect(ex.status.value).toBe('incorrect')
  })
})

describe('ordering schema', () => {
  it('accepts valid data', () => {
    expect(problemsOf(raw())).toEqual([])
  })

  it('rejects duplicate ids and texts, naming the item', () => {
    const item = raw()
    item.items[2]!.id = 'listen'
    expect(problemsOf(item)).toEqual(['exercises/data/x.ts › exercise "order-sample" › items[2].id: duplicate id "listen"'])
    const text = raw()
    text.items[3]!.text = '倾听'
    expect(problemsOf(text)).toEqual(['exercises/data/x.ts › exercise "order-sample" › items[3].text: duplicate text "倾听"'])
  })

  it('rejects empty text, unknown fields and too few or too many items', () => {
    const item = raw()
    item.items[0]!.text = ''
    expect(problemsOf(item)).toEqual(['exercises/data/x.ts › exercise "order-sample" › items[0].text: must not be empty'])
    expect(problemsOf({
      ...raw(),
      shuffle: false,
    })[0]).toMatch(/exercise "order-sample" › \(root\): .*shuffle/)
    const extra = raw()
    Object.assign(extra.items[1]!, { position: 2 })
    expect(problemsOf(extra)[0]).toMatch(/items\[1\]: .*position/)
    expect(problemsOf({
      ...raw(),
      items: raw().items.slice(0, 2),
    })).toEqual(['exercises/data/x.ts › exercise "order-sample" › items: needs at least 3 items'])
    expect(problemsOf({
      ...raw(),
      items: Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, text: `第 ${i} 步` })),
    })).toEqual(['exercises/data/x.ts › exercise "order-sample" › items: at most 5 items fit one slide'])
  })
})
