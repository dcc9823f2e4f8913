import type { TrueFalseData } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { expectRestoredAfterCheck, expectScoresWithinMax, expectSolutionEarnsMax } from '../../../tests/lib/contract-invariants.ts'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile } from '../../schema.ts'
import { trueFalse, trueFalseSchema } from './kind.ts'

function raw(answer = false) {
  return {
    id: 'tf-sample',
    type: 'true-false',
    title: '样题',
    statement: '这句话是对的。',
    answer,
    feedback: { true: '选了正确', false: '选了错误' },
    rationale: '因为如此。',
  }
}

const falseStatement: TrueFalseData = trueFalseSchema.parse(raw(false))
const trueStatement: TrueFalseData = trueFalseSchema.parse(raw(true))

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

afterEach(() => exerciseStore.clear())

describe('true-false scoring: one point for the right judgement', () => {
  it('gives one point only when the judgement matches the answer', () => {
    expect(trueFalse.maxScore(falseStatement)).toBe(1)
    expect(trueFalse.score(falseStatement, { answer: false })).toBe(1)
    expect(trueFalse.score(falseStatement, { answer: true })).toBe(0)
    expect(trueFalse.score(trueStatement, { answer: true })).toBe(1)
    expect(trueFalse.score(trueStatement, { answer: false })).toBe(0)
  })

  it('treats no judgement as unanswered and worth zero', () => {
    for (const data of [falseStatement, trueStatement]) {
      expect(trueFalse.emptyResponse(data)).toEqual({ answer: null })
      expect(trueFalse.isAnswered(data, { answer: null })).toBe(false)
      expect(trueFalse.score(data, { answer: null })).toBe(0)
      expect(trueFalse.isAnswered(data, { answer: false })).toBe(true)
    }
  })

  it('reports correct and incorrect after checking', () => {
    const ex = useExercise(trueFalse, falseStatement)
    ex.respond({ answer: true })
    ex.check()
    expect(ex.status.value).toBe('incorrect')
    ex.retry()
    ex.respond({ answer: false })
    ex.check()
    expect(ex.status.value).toBe('correct')
  })
})

describe('true-false invariants', () => {
  it('keeps the score within [0, max] for every response', () => {
    for (const data of [falseStatement, trueStatement])
      expectScoresWithinMax(trueFalse, data, [null, true, false].map(answer => ({ answer })))
  })

  it('offers the answer as its solution, which earns full marks', () => {
    for (const data of [falseStatement, trueStatement])
      expect(expectSolutionEarnsMax(trueFalse, data)).toEqual({ answer: data.answer })
  })

  it('restores a serialized state to the same score and status', () => {
    for (const answer of [true, false])
      expectRestoredAfterCheck(trueFalse, trueStatement, { answer })
  })

  it('accepts only a boolean or null answer', () => {
    const data = falseStatement
    expect(trueFalse.isResponse(data, { answer: null })).toBe(true)
    expect(trueFalse.isResponse(data, { answer: true })).toBe(true)
    expect(trueFalse.isResponse(data, { answer: 'true' })).toBe(false)
    expect(trueFalse.isResponse(data, { answer: 1 })).toBe(false)
    expect(trueFalse.isResponse(data, {})).toBe(false)
    expect(trueFalse.isResponse(data, { answer: true, extra: 1 })).toBe(false)
    expect(trueFalse.isResponse(data, null)).toBe(false)
    expect(trueFalse.isResponse(data, true)).toBe(false)
  })
})

describe('true-false data schema', () => {
  it('accepts valid data through the shared validator', () => {
    expect(problemsOf(raw())).toEqual([])
  })

  it('rejects a missing or non-boolean answer, naming file, exercise and field', () => {
    const { answer: _answer, ...noAnswer } = raw()
    expect(problemsOf(noAnswer)).toEqual(['exercises/data/x.ts › exercise "tf-sample" › answer: must be true (正确) or false (错误)'])
    expect(problemsOf({
      ...raw(),
      answer: '错误',
    })).toEqual(['exercises/data/x.ts › exercise "tf-sample" › answer: must be true (正确) or false (错误)'])
  })

  it('rejects empty texts by their field', () => {
    const item = raw()
    item.statement = ' '
    item.feedback.true = ''
    expect(problemsOf(item)).toEqual([
      'exercises/data/x.ts › exercise "tf-sample" › statement: must not be empty',
      'exercises/data/x.ts › exercise "tf-sample" › feedback.true: must not be empty',
    ])
  })

  it('needs feedback for both answers', () => {
    expect(problemsOf({
      ...raw(),
      feedback: { true: '选了正确' },
    })[0]).toMatch(/exercise "tf-sample" › feedback\.false:/)
  })

  it('rejects unknown fields, on the exercise and in the feedback', () => {
    expect(problemsOf({
      ...raw(),
      options: [],
    })[0]).toMatch(/exercise "tf-sample" › \(root\): .*options/)
    expect(problemsOf({
      ...raw(),
      feedback: { true: '甲', false: '乙', maybe: '丙' },
    })[0]).toMatch(/exercise "tf-sample" › feedback: .*maybe/)
  })
})
