import type { MultipleChoiceData, MultipleChoiceResponse } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile } from '../../schema.ts'
import { multipleChoice, multipleChoiceSchema, tally, toggleOption } from './kind.ts'

function raw() {
  return {
    id: 'mc-sample',
    type: 'multiple-choice',
    title: '样题',
    question: '哪些正确？',
    options: [
      {
        id: 'a',
        text: '甲',
        correct: true,
        feedback: '应选',
      },
      { id: 'b', text: '乙', feedback: '不应选' },
      {
        id: 'c',
        text: '丙',
        correct: true,
        feedback: '应选',
      },
      {
        id: 'd',
        text: '丁',
        correct: true,
        feedback: '应选',
      },
      { id: 'e', text: '戊', feedback: '不应选' },
    ] as { id: string, text: string, correct?: boolean, feedback: string }[],
    rationale: '因为甲、丙、丁。',
  }
}

const data: MultipleChoiceData = multipleChoiceSchema.parse(raw())
const ids = data.options.map(option => option.id)
const sel = (...selected: string[]): MultipleChoiceResponse => ({ selected })

/** Every subset of the options, as responses. */
const allResponses: MultipleChoiceResponse[] = Array.from({ length: 2 ** ids.length }, (_, mask) => ({
  selected: ids.filter((_id, i) => mask & (1 << i)),
}))

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

afterEach(() => exerciseStore.clear())

describe('multiple choice scoring: correct selections minus wrong selections, at least 0', () => {
  it('is worth one point per correct option', () => {
    expect(multipleChoice.maxScore(data)).toBe(3)
  })

  it('gives full marks for exactly the correct options', () => {
    expect(multipleChoice.score(data, sel('a', 'c', 'd'))).toBe(3)
  })

  it('gives partial credit for some correct options and for more right than wrong choices', () => {
    expect(multipleChoice.score(data, sel('a'))).toBe(1)
    expect(multipleChoice.score(data, sel('a', 'c'))).toBe(2)
    expect(multipleChoice.score(data, sel('a', 'c', 'd', 'b'))).toBe(2)
    expect(multipleChoice.score(data, sel('a', 'c', 'b'))).toBe(1)
  })

  it('cancels right choices with wrong ones, never below zero', () => {
    expect(multipleChoice.score(data, sel('a', 'b'))).toBe(0)
    expect(multipleChoice.score(data, sel('b'))).toBe(0)
    expect(multipleChoice.score(data, sel('b', 'e'))).toBe(0)
    expect(multipleChoice.score(data, sel('a', 'b', 'e'))).toBe(0)
    expect(multipleChoice.score(data, sel(...ids))).toBe(1)
  })

  it('treats an empty selection as unanswered and worth zero', () => {
    expect(multipleChoice.emptyResponse(data)).toEqual(sel())
    expect(multipleChoice.isAnswered(data, sel())).toBe(false)
    expect(multipleChoice.score(data, sel())).toBe(0)
    expect(multipleChoice.isAnswered(data, sel('b'))).toBe(true)
  })

  it('counts right, wrong and missed options', () => {
    expect(tally(data, sel('a', 'b'))).toEqual({ right: 1, wrong: 1, missed: 2 })
    expect(tally(data, sel('a', 'c', 'd'))).toEqual({ right: 3, wrong: 0, missed: 0 })
    expect(tally(data, sel())).toEqual({ right: 0, wrong: 0, missed: 3 })
  })

  it('toggles options and keeps them in the order of the options', () => {
    expect(toggleOption(data, sel('d'), 'a', true)).toEqual(sel('a', 'd'))
    expect(toggleOption(data, sel('a', 'd'), 'a', false)).toEqual(sel('d'))
    expect(toggleOption(data, sel('a'), 'a', true)).toEqual(sel('a'))
  })

  it('reports correct, partial and incorrect after checking', () => {
    const ex = useExercise(multipleChoice, data)
    const statusAfter = (response: MultipleChoiceResponse) => {
      ex.reset()
      ex.respond(response)
      ex.check()
      return ex.status.value
    }
    expect(statusAfter(sel('a', 'c', 'd'))).toBe('correct')
    expect(statusAfter(sel('a', 'c', 'd', 'e'))).toBe('partial')
    expect(statusAfter(sel('c'))).toBe('partial')
    expect(statusAfter(sel('a', 'b'))).toBe('incorrect')
    expect(statusAfter(sel('e'))).toBe('incorrect')
  })
})

describe('multiple choice invariants', () => {
  it('keeps the score within [0, max] for every possible selection', () => {
    for (const response of allResponses) {
      const score = multipleChoice.score(data, response)
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(multipleChoice.maxScore(data))
      expect(Number.isInteger(score)).toBe(true)
    }
  })

  it('offers the correct options as its solution, which earns full marks', () => {
    const solution = multipleChoice.solution(data)
    expect(solution).toEqual(sel('a', 'c', 'd'))
    expect(multipleChoice.score(data, solution)).toBe(multipleChoice.maxScore(data))
    expect(multipleChoice.isResponse(data, solution)).toBe(true)
  })

  it('restores a serialized state to the same score and status', () => {
    const ex = useExercise(multipleChoice, data)
    for (const response of [
      sel('a', 'b'),
      sel('a', 'c', 'd', 'e'),
      sel('a', 'c', 'd'),
    ]) {
      ex.reset()
      ex.respond(response)
      ex.check()
      const saved = JSON.parse(JSON.stringify(ex.serialize()))
      const before = { score: ex.score.value, status: ex.status.value }
      ex.reset()
      expect(ex.restore(saved)).toBe(true)
      expect({ score: ex.score.value, status: ex.status.value }).toEqual(before)
      expect(ex.response.value).toEqual(response)
    }
  })

  it('accepts only responses that list existing options once', () => {
    expect(multipleChoice.isResponse(data, sel())).toBe(true)
    expect(multipleChoice.isResponse(data, sel('a', 'e'))).toBe(true)
    expect(multipleChoice.isResponse(data, sel('x'))).toBe(false)
    expect(multipleChoice.isResponse(data, sel('a', 'a'))).toBe(false)
    expect(multipleChoice.isResponse(data, { selected: 'a' })).toBe(false)
    expect(multipleChoice.isResponse(data, {
      selected: [1],
    })).toBe(false)
    expect(multipleChoice.isResponse(data, {
      selected: ['a'],
      extra: true,
    })).toBe(false)
    expect(multipleChoice.isResponse(data, { selected: null })).toBe(false)
    expect(multipleChoice.isResponse(data, null)).toBe(false)
    expect(multipleChoice.isResponse(data, ['a'])).toBe(false)
  })
})

describe('multiple choice data schema', () => {
  it('accepts valid data through the shared validator', () => {
    expect(problemsOf(raw())).toEqual([])
  })

  it('rejects data without a correct option, naming file, exercise and field', () => {
    const item = raw()
    for (const option of item.options)
      delete option.correct
    expect(problemsOf(item)).toEqual(['exercises/data/x.ts › exercise "mc-sample" › options: no option is marked correct: true'])
  })

  it('rejects data without a wrong option', () => {
    const item = raw()
    for (const option of item.options)
      option.correct = true
    expect(problemsOf(item)).toEqual(['exercises/data/x.ts › exercise "mc-sample" › options: every option is marked correct; a multiple choice needs at least one wrong option'])
  })

  it('rejects empty texts by their field', () => {
    const item = raw()
    item.options[1]!.text = '  '
    item.options[2]!.feedback = ''
    item.question = ''
    expect(problemsOf(item)).toEqual([
      'exercises/data/x.ts › exercise "mc-sample" › question: must not be empty',
      'exercises/data/x.ts › exercise "mc-sample" › options[1].text: must not be empty',
      'exercises/data/x.ts › exercise "mc-sample" › options[2].feedback: must not be empty',
    ])
  })

  it('rejects duplicate option ids', () => {
    const item = raw()
    item.options[3]!.id = 'a'
    expect(problemsOf(item)).toContain('exercises/data/x.ts › exercise "mc-sample" › options[3].id: duplicate id "a"')
  })

  it('rejects unknown fields on the exercise and on an option', () => {
    expect(problemsOf({
      ...raw(),
      hint: '提示',
    })[0]).toMatch(/exercise "mc-sample" › \(root\): .*hint/)
    const item = raw()
    Object.assign(item.options[0]!, { points: 2 })
    expect(problemsOf(item)[0]).toMatch(/exercise "mc-sample" › options\[0\]: .*points/)
  })

  it('rejects fewer than two options', () => {
    const item = raw()
    item.options = item.options.slice(0, 1)
    expect(problemsOf(item).join('\n')).toMatch(/options: needs at least two options/)
  })
})
