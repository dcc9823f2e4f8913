import type { ExerciseResult } from './moduleScores.ts'
import { describe, expect, it } from 'vitest'
import { countedScore, deckExerciseIds, doneCount, moduleScores } from './moduleScores.ts'

function slide(no: number, ...ids: string[]) {
  return {
    no,
    title: `第 ${no} 页`,
    exercises: ids.map(id => ({ component: 'SingleChoice', id })),
  }
}

function module(number: number | null, slides: number[]) {
  return {
    number,
    title: number === null
      ? '茶歇'
      : `模块 ${number}`,
    minutes: 10,
    objectives: [],
    slides,
    opening: slides[0]!,
  }
}

const deck = {
  slides: [
    slide(1, 'pre'),
    slide(2),
    slide(3, 'a', 'b'),
    slide(4, 'a'),
    slide(5),
    slide(6, 'self'),
    slide(7, 'c'),
  ],
  modules: [
    module(0, [1, 2]),
    module(1, [3, 4]),
    module(null, [5]),
    module(2, [6, 7]),
  ],
}

const results: Record<string, ExerciseResult> = {
  pre: { score: 3, maxScore: 5, done: true },
  a: { score: 1, maxScore: 1, done: true },
  b: { score: 2, maxScore: 3, done: false },
  self: { score: 0, maxScore: 0, done: true },
  c: { score: 0, maxScore: 2, done: true },
}
const resultOf = (id: string) => results[id]!

describe('per-module scores', () => {
  it('sums score / max of the exercises placed in each module, each exercise once', () => {
    expect(moduleScores(deck, resultOf)).toEqual([
      {
        number: 0,
        title: '模块 0',
        score: 3,
        maxScore: 5,
        done: 1,
        total: 1,
      },
      {
        number: 1,
        title: '模块 1',
        score: 1,
        maxScore: 4,
        done: 1,
        total: 2,
      },
      {
        number: 2,
        title: '模块 2',
        score: 0,
        maxScore: 2,
        done: 2,
        total: 2,
      },
    ])
  })

  it('counts a score only once the exercise is checked, clamped into [0, max]', () => {
    expect(countedScore({ score: 2, maxScore: 3, done: false })).toBe(0)
    expect(countedScore({ score: 2, maxScore: 3, done: true })).toBe(2)
    expect(countedScore({ score: 9, maxScore: 3, done: true })).toBe(3)
    expect(countedScore({ score: -1, maxScore: 3, done: true })).toBe(0)
  })

  it('skips breaks and modules without exercises', () => {
    const scores = moduleScores({
      slides: deck.slides,
      modules: [
        module(null, [5]),
        module(3, [2, 5]),
      ],
    }, resultOf)
    expect(scores).toEqual([])
  })

  it('lists every exercise of the deck once and counts those done', () => {
    const ids = deckExerciseIds(deck)
    expect(ids).toEqual(['pre', 'a', 'b', 'self', 'c'])
    expect(doneCount(ids, resultOf)).toBe(4)
  })
})
