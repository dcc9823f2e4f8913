import type { RewriteData, RewriteResponse } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { loadExerciseFiles } from '../../../scripts/lib/exercise-data.ts'
import { expectRestoredAfterCheck, expectScoresWithinMax, expectSolutionEarnsMax } from '../../../tests/lib/contract-invariants.ts'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile, validateExerciseFiles } from '../../schema.ts'
import { compare, levelLabel, rate, ratingOf, rewrite, REWRITE_MAX_LENGTH, rewriteSchema } from './kind.ts'

function sample() {
  return {
    id: 'rewrite-sample',
    type: 'rewrite',
    title: '改写',
    situation: '老人来窗口问怎么申请。',
    original: '请按程序提交相关材料。',
    rubric: [
      { id: 'materials', text: '说清要带哪些证件' },
      { id: 'polite', text: '称呼得体' },
      { id: 'constructor', text: '说清下一步' },
    ],
    modelAnswers: ['您带上身份证，我帮您填表。', '请您带户口本来，我帮您办。'],
  }
}

const data: RewriteData = rewriteSchema.parse(sample())
/** A written, compared answer rated [materials, polite, constructor]. */
function rated(text: string, points: (0 | 1 | 2 | undefined)[]): RewriteResponse {
  let response = compare({ text, compared: false, ratings: {} })
  data.rubric.forEach((criterion, i) => {
    const p = points[i]
    if (p !== undefined)
      response = rate(response, criterion.id, p)
  })
  return response
}

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

afterEach(() => exerciseStore.clear())

describe('rewrite scored by a rubric the learner applies', () => {
  it('scores the sum of the self-ratings, out of 2 per criterion', () => {
    expect(rewrite.maxScore(data)).toBe(6)
    expect(rewrite.score(data, rated('大爷，带身份证来', [2, 1, 0]))).toBe(3)
    expect(rewrite.score(data, rated('大爷，带身份证来', [2, 2, 2]))).toBe(6)
    expect(rewrite.score(data, rated('大爷，带身份证来', [0, 0, 0]))).toBe(0)
  })

  it('cannot be scored by typing keywords: text alone, whatever it contains, earns nothing', () => {
    const gaming = '今天先回去，身份证户口本，您请，帮您，工作日打电话通知您'
    expect(rewrite.score(data, { text: gaming, compared: false, ratings: {} })).toBe(0)
    expect(rewrite.score(data, compare({ text: gaming, compared: false, ratings: {} }))).toBe(0)
    expect(rewrite.score(data, { text: data.modelAnswers[0]!, compared: true, ratings: {} })).toBe(0)
    // Ratings of a text never compared, or of no text at all, count for nothing either.
    const allDone = rated(gaming, [2, 2, 2])
    expect(rewrite.score(data, allDone)).toBe(6)
    expect(rewrite.score(data, { ...allDone, compared: false })).toBe(0)
    expect(rewrite.score(data, { ...allDone, text: '  ' })).toBe(0)
  })

  it('is answered only when the text is written, compared and every criterion rated', () => {
    expect(rewrite.isAnswered(data, rewrite.emptyResponse(data))).toBe(false)
    expect(rewrite.isAnswered(data, { text: '您好', compared: false, ratings: {} })).toBe(false)
    expect(rewrite.isAnswered(data, rated('您好', []))).toBe(false)
    expect(rewrite.isAnswered(data, rated('您好', [2, 1]))).toBe(false)
    expect(rewrite.isAnswered(data, rated('您好', [2, 1, 0]))).toBe(true)
    // An inherited key is never a rating.
    expect(ratingOf(rated('您好', [2, 1]), 'constructor')).toBeUndefined()
  })

  it('compares only a written text', () => {
    expect(compare({ text: ' \n', compared: false, ratings: {} }).compared).toBe(false)
    expect(compare({ text: '您好', compared: false, ratings: {} }).compared).toBe(true)
  })

  it('labels the levels 做到 / 部分做到 / 没做到', () => {
    expect([2, 1, 0].map(levelLabel)).toEqual(['做到', '部分做到', '没做到'])
  })

  it('offers the first model answer, compared and rated 做到 throughout, as the solution', () => {
    expect(expectSolutionEarnsMax(rewrite, data)).toEqual({
      text: sample().modelAnswers[0],
      compared: true,
      ratings: { materials: 2, polite: 2, constructor: 2 },
    })
  })

  it('keeps every score within [0, max] and restores a checked answer with the same score and status', () => {
    expectScoresWithinMax(rewrite, data, [
      rewrite.emptyResponse(data),
      rated('x'.repeat(400), [2, 2, 2]),
      rated('您', [1]),
      rated('您', [0, 1, 2]),
    ])
    expect(expectRestoredAfterCheck(rewrite, data, rated('大爷，您带身份证来', [2, 1, 2]))).toEqual({ score: 5, status: 'partial' })
    expect(expectRestoredAfterCheck(rewrite, data, rated('大爷', [0, 0, 0]))).toEqual({ score: 0, status: 'incorrect' })
    expect(expectRestoredAfterCheck(rewrite, data, rated('大爷', [2, 2, 2]))).toEqual({ score: 6, status: 'correct' })
  })

  it('cannot be checked before the text is compared and rated', () => {
    const ex = useExercise(rewrite, data)
    ex.respond({ text: '您好', compared: false, ratings: {} })
    expect(ex.canCheck.value).toBe(false)
    ex.respond(rated('您好', [2, 2, 2]))
    expect(ex.canCheck.value).toBe(true)
  })

  it('accepts only well-formed responses: known criteria rated 0–2, ratings only once compared', () => {
    expect(rewrite.isResponse(data, rewrite.emptyResponse(data))).toBe(true)
    expect(rewrite.isResponse(data, rated('您好', [2, 1, 0]))).toBe(true)
    for (const bad of [
      null,
      '您好',
      { text: '您好' },
      { text: 1, compared: false, ratings: {} },
      {
        text: 'x'.repeat(REWRITE_MAX_LENGTH * 4 + 1),
        compared: false,
        ratings: {},
      },
      {
        text: '您好',
        compared: false,
        ratings: { materials: 2 },
      },
      { text: '', compared: true, ratings: {} },
      {
        text: '您好',
        compared: true,
        ratings: { materials: 3 },
      },
      {
        text: '您好',
        compared: true,
        ratings: { materials: 1.5 },
      },
      {
        text: '您好',
        compared: true,
        ratings: { materials: '2' },
      },
      {
        text: '您好',
        compared: true,
        ratings: { zz: 2 },
      },
      {
        text: '您好',
        compared: true,
        ratings: {},
        extra: 1,
      },
      // A version-1 response (keyword scoring) is not a response of this version.
      { text: '您好' },
    ])
      expect(rewrite.isResponse(data, bad)).toBe(false)
  })

  it('drops a saved state of the keyword-scoring version', () => {
    const ex = useExercise(rewrite, data)
    const old = {
      v: 1,
      type: 'rewrite',
      id: data.id,
      rv: 1,
      response: { text: '您好' },
      checked: true,
      revealed: false,
      attempts: 1,
    }
    const warn = console.warn
    console.warn = () => {}
    expect(ex.restore(old)).toBe(false)
    console.warn = warn
    expect(rewrite.responseVersion).toBe(2)
  })
})

describe('rewrite schema', () => {
  it('accepts the sample', () => {
    expect(problemsOf(sample())).toEqual([])
  })

  it('needs 3–5 rubric criteria with distinct ids, and a model answer', () => {
    const few = sample()
    few.rubric.pop()
    expect(problemsOf(few)).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › rubric: needs at least 3 criteria'])
    const many = sample()
    many.rubric.push({ id: 'a', text: '一' }, { id: 'b', text: '二' }, { id: 'c', text: '三' })
    expect(problemsOf(many)).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › rubric: must have at most 5 criteria'])
    const dup = sample()
    dup.rubric[2]!.id = 'materials'
    expect(problemsOf(dup)).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › rubric[2].id: duplicate id "materials"'])
    const empty = sample()
    empty.rubric[1]!.text = ' '
    expect(problemsOf(empty)).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › rubric[1].text: must not be empty'])
    expect(problemsOf({
      ...sample(),
      modelAnswers: [],
    })).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › modelAnswers: needs at least one model answer'])
  })

  it('rejects the old keyword fields', () => {
    const old = {
      ...sample(),
      criteria: [
        {
          id: 'a',
          label: 'x',
          keywords: ['天'],
          points: 1,
          hint: 'h',
        },
      ],
      avoid: ['按程序'],
    }
    const problems = problemsOf(old)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^exercises\/data\/x\.ts › exercise "rewrite-sample" › \(root\): .*criteria.*avoid/)
  })
})

describe('the kit\'s rewrite exercises', () => {
  it('are scored by a rubric of 3–5 criteria', async () => {
    const all = [
      ...validateExerciseFiles(await loadExerciseFiles()).values(),
    ].filter(e => e.type === 'rewrite')
    expect(all.map(e => e.id)).toEqual(expect.arrayContaining(['m5-rewrite-1', 'm5-rewrite-2']))
    for (const exercise of all)
      expect(exercise.type === 'rewrite' && exercise.rubric.length).toBeGreaterThanOrEqual(3)
  })
})
