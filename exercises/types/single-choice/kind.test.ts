import type { SingleChoiceData } from './kind.ts'
import { describe, expect, it } from 'vitest'
import { singleChoice, singleChoiceSchema } from './kind.ts'

const data: SingleChoiceData = singleChoiceSchema.parse({
  id: 'sample',
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
    { id: 'c', text: '丙', feedback: '不对' },
  ],
  rationale: '因为乙。',
})

describe('single choice scoring', () => {
  it('gives one point for the correct option only', () => {
    expect(singleChoice.maxScore(data)).toBe(1)
    expect(singleChoice.score(data, { selected: 'b' })).toBe(1)
    expect(singleChoice.score(data, { selected: 'a' })).toBe(0)
    expect(singleChoice.score(data, { selected: 'c' })).toBe(0)
  })

  it('scores an empty or unknown selection as zero and unanswered', () => {
    expect(singleChoice.score(data, { selected: null })).toBe(0)
    expect(singleChoice.isAnswered(data, { selected: null })).toBe(false)
    expect(singleChoice.score(data, { selected: 'zzz' })).toBe(0)
    expect(singleChoice.isAnswered(data, singleChoice.emptyResponse(data))).toBe(false)
  })

  it('offers the correct option as its solution, which earns full marks', () => {
    const solution = singleChoice.solution(data)
    expect(solution).toEqual({ selected: 'b' })
    expect(singleChoice.score(data, solution)).toBe(singleChoice.maxScore(data))
  })

  it('accepts only responses that name an existing option', () => {
    expect(singleChoice.isResponse(data, { selected: 'a' })).toBe(true)
    expect(singleChoice.isResponse(data, { selected: null })).toBe(true)
    expect(singleChoice.isResponse(data, { selected: 'x' })).toBe(false)
    expect(singleChoice.isResponse(data, { selected: 1 })).toBe(false)
    expect(singleChoice.isResponse(data, { selected: 'a', extra: true })).toBe(false)
    expect(singleChoice.isResponse(data, null)).toBe(false)
    expect(singleChoice.isResponse(data, 'a')).toBe(false)
  })
})
