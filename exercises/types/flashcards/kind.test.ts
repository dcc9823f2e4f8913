import type { FlashcardsData, FlashcardsResponse } from './kind.ts'
import { describe, expect, it, vi } from 'vitest'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile } from '../../schema.ts'
import { cardStatus, flashcards, flashcardsSchema, knownCount, nextCardId, rateCard } from './kind.ts'

const sample = {
  id: 'cards-sample',
  type: 'flashcards',
  title: '卡片',
  cards: [
    { id: 'a', front: '甲？', back: '甲。' },
    { id: 'b', front: '乙？', back: '乙。' },
    { id: 'c', front: '丙？', back: '丙。' },
  ],
}
const data: FlashcardsData = flashcardsSchema.parse(sample)
function status(a: string, b: string, c: string) {
  return ({
    status: { a, b, c },
  }) as FlashcardsResponse
}

describe('flashcards scoring', () => {
  it('scores one point per card 记住了, out of the number of cards', () => {
    expect(flashcards.maxScore(data)).toBe(3)
    expect(flashcards.score(data, flashcards.emptyResponse(data))).toBe(0)
    expect(flashcards.score(data, status('known', 'again', 'unseen'))).toBe(1)
    expect(flashcards.score(data, status('known', 'known', 'again'))).toBe(2)
    expect(knownCount(data, status('known', 'known', 'known'))).toBe(3)
  })

  it('is answered once any card was rated', () => {
    expect(flashcards.isAnswered(data, flashcards.emptyResponse(data))).toBe(false)
    expect(flashcards.isAnswered(data, status('unseen', 'again', 'unseen'))).toBe(true)
  })

  it('offers all cards 记住了 as the solution, which earns full marks', () => {
    const solution = flashcards.solution(data)
    expect(solution).toEqual(status('known', 'known', 'known'))
    expect(flashcards.score(data, solution)).toBe(flashcards.maxScore(data))
  })

  it('keeps every score within [0, max]', () => {
    const values = ['unseen', 'again', 'known']
    for (const a of values) {
      for (const b of values) {
        for (const c of values) {
          const score = flashcards.score(data, status(a, b, c))
          expect(score).toBeGreaterThanOrEqual(0)
          expect(score).toBeLessThanOrEqual(3)
        }
      }
    }
  })

  it('accepts only a status for exactly the exercise\'s cards', () => {
    expect(flashcards.isResponse(data, status('unseen', 'again', 'known'))).toBe(true)
    expect(flashcards.isResponse(data, status('unseen', 'again', 'maybe'))).toBe(false)
    expect(flashcards.isResponse(data, {
      status: { a: 'known', b: 'known' },
    })).toBe(false)
    expect(flashcards.isResponse(data, {
      status: {
        a: 'known',
        b: 'known',
        c: 'known',
        d: 'known',
      },
    })).toBe(false)
    expect(flashcards.isResponse(data, {
      status: { a: 'known', b: 'known', x: 'known' },
    })).toBe(false)
    expect(flashcards.isResponse(data, { status: [] })).toBe(false)
    expect(flashcards.isResponse(data, {
      ...status('known', 'known', 'known'),
      extra: 1,
    })).toBe(false)
    expect(flashcards.isResponse(data, null)).toBe(false)
  })
})

describe('flashcards round', () => {
  it('shows unseen cards in order, then brings back the 再看一次 cards until all are 记住了', () => {
    let response = flashcards.emptyResponse(data)
    expect(nextCardId(data, response)).toBe('a')
    response = rateCard(response, 'a', 'again')
    expect(nextCardId(data, response, 'a')).toBe('b')
    response = rateCard(response, 'b', 'known')
    expect(nextCardId(data, response, 'b')).toBe('c')
    response = rateCard(response, 'c', 'again')
    expect(nextCardId(data, response, 'c')).toBe('a')
    response = rateCard(response, 'a', 'again')
    expect(nextCardId(data, response, 'a')).toBe('c')
    response = rateCard(response, 'c', 'known')
    expect(nextCardId(data, response, 'c')).toBe('a')
    response = rateCard(response, 'a', 'known')
    expect(nextCardId(data, response, 'a')).toBeNull()
    expect(cardStatus(response, 'a')).toBe('known')
    expect(flashcards.score(data, response)).toBe(3)
  })

  it('starts a fresh round (after a reload) at the first 再看一次 card', () => {
    expect(nextCardId(data, status('known', 'again', 'again'))).toBe('b')
  })
})

describe('flashcards state', () => {
  it('restores a serialized state to the same score and status', () => {
    exerciseStore.clear()
    const ex = useExercise(flashcards, data)
    ex.respond(status('known', 'again', 'known'))
    ex.check()
    expect(ex.status.value).toBe('partial')
    const saved = JSON.parse(JSON.stringify(ex.serialize()))
    ex.reset()
    expect(ex.restore(saved)).toBe(true)
    expect(ex.status.value).toBe('partial')
    expect(ex.score.value).toBe(2)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(ex.restore({
      ...saved,
      response: {
        status: { a: 'known' },
      },
    })).toBe(false)
    warn.mockRestore()
    exerciseStore.clear()
  })
})

describe('flashcards schema', () => {
  const problems = (value: unknown) => validateExerciseFile('exercises/data/x.ts', [value]).problems

  it('names file, exercise and field for each problem', () => {
    expect(problems(sample)).toEqual([])
    expect(problems({
      ...sample,
      cards: [sample.cards[0]],
    })).toEqual(['exercises/data/x.ts › exercise "cards-sample" › cards: needs at least two cards'])
    expect(problems({
      ...sample,
      cards: [
        sample.cards[0],
        { ...sample.cards[1], id: 'a' },
      ],
    })).toEqual(['exercises/data/x.ts › exercise "cards-sample" › cards[1].id: duplicate id "a"'])
    expect(problems({
      ...sample,
      cards: [
        sample.cards[0],
        { ...sample.cards[1], back: ' ' },
      ],
    })).toEqual(['exercises/data/x.ts › exercise "cards-sample" › cards[1].back: must not be empty'])
  })
})
