import type { SingleChoiceData } from '../types/single-choice/kind.ts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { singleChoice, singleChoiceSchema } from '../types/single-choice/kind.ts'
import { useExercise } from './useExercise.ts'
import { exerciseStore } from './useExerciseStore.ts'

const data: SingleChoiceData = singleChoiceSchema.parse({
  id: 'contract-sample',
  type: 'single-choice',
  title: '样题',
  question: '哪一项正确？',
  options: [
    { id: 'a', text: '甲', feedback: '不对' },
    {
      id: 'b',
      text: '乙',
      correct: true,
      feedback: '对',
    },
  ],
  rationale: '因为乙。',
})

afterEach(() => exerciseStore.clear())

describe('useExercise (the shared exercise contract)', () => {
  it('starts unanswered with nothing to check or retry', () => {
    const ex = useExercise(singleChoice, data)
    expect(ex.status.value).toBe('unanswered')
    expect(ex.score.value).toBe(0)
    expect(ex.maxScore.value).toBe(1)
    expect(ex.canCheck.value).toBe(false)
    expect(ex.canRetry.value).toBe(false)
    expect(ex.canShowSolution.value).toBe(true)
  })

  it('goes answered → correct on check, and locks the inputs', () => {
    const ex = useExercise(singleChoice, data)
    ex.respond({ selected: 'b' })
    expect(ex.status.value).toBe('answered')
    ex.check()
    expect(ex.status.value).toBe('correct')
    expect(ex.score.value).toBe(1)
    expect(ex.editable.value).toBe(false)
    ex.respond({ selected: 'a' })
    expect(ex.response.value.selected).toBe('b')
  })

  it('reports incorrect, then retry clears the answer and keeps the attempt count', () => {
    const ex = useExercise(singleChoice, data)
    ex.respond({ selected: 'a' })
    ex.check()
    expect(ex.status.value).toBe('incorrect')
    expect(ex.serialize().attempts).toBe(1)
    ex.retry()
    expect(ex.status.value).toBe('unanswered')
    expect(ex.response.value.selected).toBeNull()
    expect(ex.serialize().attempts).toBe(1)
    ex.reset()
    expect(ex.serialize().attempts).toBe(0)
  })

  it('does not check an unanswered exercise', () => {
    const ex = useExercise(singleChoice, data)
    ex.check()
    expect(ex.checked.value).toBe(false)
    expect(ex.serialize().attempts).toBe(0)
  })

  it('shows the solution without crediting it to the learner', () => {
    const ex = useExercise(singleChoice, data)
    ex.respond({ selected: 'a' })
    ex.showSolution()
    expect(ex.status.value).toBe('revealed')
    expect(ex.shown.value.selected).toBe('b')
    expect(ex.score.value).toBe(0)
    expect(ex.canShowSolution.value).toBe(false)
    expect(ex.canRetry.value).toBe(true)
  })

  it('keeps the score within [0, max] for every possible response', () => {
    const ex = useExercise(singleChoice, data)
    for (const selected of [null, 'a', 'b']) {
      ex.reset()
      ex.respond({ selected })
      ex.check()
      expect(ex.score.value).toBeGreaterThanOrEqual(0)
      expect(ex.score.value).toBeLessThanOrEqual(ex.maxScore.value)
    }
  })

  it('restores a serialized state to the same score and status', () => {
    const ex = useExercise(singleChoice, data)
    ex.respond({ selected: 'b' })
    ex.check()
    const saved = JSON.parse(JSON.stringify(ex.serialize()))
    const { score, status } = { score: ex.score.value, status: ex.status.value }
    ex.reset()
    expect(ex.restore(saved)).toBe(true)
    expect(ex.score.value).toBe(score)
    expect(ex.status.value).toBe(status)
  })

  it('rejects corrupt or foreign saved states with a warning and keeps the current state', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const ex = useExercise(singleChoice, data)
    ex.respond({ selected: 'a' })
    const good = ex.serialize()
    for (const bad of [
      null,
      'x',
      { ...good, v: 2 },
      { ...good, rv: 99 },
      { ...good, id: 'other' },
      {
        ...good,
        response: { selected: 'zz' },
      },
      { ...good, attempts: -1 },
    ]) {
      expect(ex.restore(bad)).toBe(false)
      expect(ex.response.value.selected).toBe('a')
    }
    expect(warn).toHaveBeenCalledTimes(7)
    warn.mockRestore()
  })

  it('shares state between two renderings of the same exercise id', () => {
    const slide = useExercise(singleChoice, data)
    const presenter = useExercise(singleChoice, data)
    slide.respond({ selected: 'b' })
    presenter.check()
    expect(slide.status.value).toBe('correct')
  })
})
