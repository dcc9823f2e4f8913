import type { SelfAssessmentData } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { loadExerciseFiles } from '../../../scripts/lib/exercise-data.ts'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile, validateExerciseFiles } from '../../schema.ts'
import { lowestDimensions, lowestWithTies, ratingOf, selfAssessment, selfAssessmentSchema } from './kind.ts'

function sample() {
  return {
    id: 'sample-self',
    type: 'self-assessment',
    title: '样例自评',
    prompt: '给自己打分。',
    dimensions: [
      { id: 'a', label: '沟通' },
      { id: 'b', label: '理解' },
      { id: 'c', label: '共情' },
      { id: 'constructor', label: '协调' },
    ],
    levels: [
      { label: '很少', description: '一' },
      { label: '偶尔', description: '二' },
      { label: '有时', description: '三' },
      { label: '经常', description: '四' },
      { label: '总是', description: '五' },
    ],
    guidance: '选出最低的两项。',
  }
}

const data: SelfAssessmentData = selfAssessmentSchema.parse(sample())
const full = {
  ratings: { a: 4, b: 2, c: 5, constructor: 2 },
}

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

afterEach(() => exerciseStore.clear())

describe('self-assessment (unscored)', () => {
  it('has max score 0 and scores every response 0', () => {
    expect(selfAssessment.maxScore(data)).toBe(0)
    for (const response of [
      selfAssessment.emptyResponse(data),
      {
        ratings: { a: 1 },
      },
      full,
    ]) {
      expect(selfAssessment.score(data, response)).toBe(0)
      expect(selfAssessment.score(data, response)).toBeLessThanOrEqual(selfAssessment.maxScore(data))
    }
  })

  it('is answered only when every dimension is rated (never by inherited keys)', () => {
    expect(selfAssessment.isAnswered(data, selfAssessment.emptyResponse(data))).toBe(false)
    expect(selfAssessment.isAnswered(data, {
      ratings: { a: 4, b: 2, c: 5 },
    })).toBe(false)
    expect(selfAssessment.isAnswered(data, full)).toBe(true)
    expect(ratingOf({ ratings: {} }, 'constructor')).toBeUndefined()
  })

  it('has no model answer: its "solution" earns the max score (0) and the view keeps the learner\'s ratings', () => {
    const solution = selfAssessment.solution(data)
    expect(selfAssessment.isResponse(data, solution)).toBe(true)
    expect(selfAssessment.score(data, solution)).toBe(selfAssessment.maxScore(data))
  })

  it('names the two lowest ratings, ties in the data\'s order', () => {
    expect(lowestDimensions(data, full)).toEqual([
      { id: 'b', label: '理解', rating: 2 },
      { id: 'constructor', label: '协调', rating: 2 },
    ])
    expect(lowestDimensions(data, {
      ratings: { c: 3 },
    }).map(d => d.label)).toEqual(['共情'])
  })

  it('names a tie at the cut whole: every dimension rated as low as the second lowest', () => {
    const ids = data.dimensions.map(d => d.id)
    const all = (rating: (i: number) => number) => ({
      ratings: Object.fromEntries(ids.map((id, i) => [
        id,
        rating(i),
      ])),
    })
    // One lowest, then three tied for second: all four are named.
    const tied = lowestWithTies(data, all(i => (i === 0
      ? 1
      : i < 4
        ? 2
        : 4)))
    expect(tied.map(d => d.rating)).toEqual([1, 2, 2, 2])
    // No tie at the cut: the two lowest only.
    expect(lowestWithTies(data, all(i => i + 1))).toHaveLength(2)
    // All the same: every dimension.
    expect(lowestWithTies(data, all(() => 3))).toHaveLength(ids.length)
  })

  it('reports answered (never correct or incorrect) once checked, and restores with the same status', () => {
    const ex = useExercise(selfAssessment, data)
    ex.respond({
      ratings: { a: 3 },
    })
    expect(ex.status.value).toBe('unanswered')
    ex.respond(full)
    ex.check()
    expect(ex.checked.value).toBe(true)
    expect(ex.status.value).toBe('answered')
    const saved = ex.serialize()
    ex.reset()
    expect(ex.status.value).toBe('unanswered')
    expect(ex.restore(saved)).toBe(true)
    expect(ex.status.value).toBe('answered')
    expect(ex.score.value).toBe(0)
    expect(ex.response.value).toEqual(full)
  })

  it('accepts only ratings 1–5 of known dimensions', () => {
    expect(selfAssessment.isResponse(data, { ratings: {} })).toBe(true)
    expect(selfAssessment.isResponse(data, full)).toBe(true)
    expect(selfAssessment.isResponse(data, {
      ratings: { a: 0 },
    })).toBe(false)
    expect(selfAssessment.isResponse(data, {
      ratings: { a: 6 },
    })).toBe(false)
    expect(selfAssessment.isResponse(data, {
      ratings: { a: 2.5 },
    })).toBe(false)
    expect(selfAssessment.isResponse(data, {
      ratings: { a: '3' },
    })).toBe(false)
    expect(selfAssessment.isResponse(data, {
      ratings: { zz: 3 },
    })).toBe(false)
    expect(selfAssessment.isResponse(data, { ratings: {}, extra: 1 })).toBe(false)
    expect(selfAssessment.isResponse(data, {
      ratings: [3],
    })).toBe(false)
    expect(selfAssessment.isResponse(data, null)).toBe(false)
  })
})

describe('self-assessment data schema', () => {
  it('accepts valid data', () => {
    expect(problemsOf(sample())).toEqual([])
  })

  it('needs exactly five levels and at least three dimensions', () => {
    const levels = sample()
    levels.levels.pop()
    expect(problemsOf(levels)).toEqual(['exercises/data/x.ts › exercise "sample-self" › levels: needs exactly 5 levels, one for each rating 1–5'])
    const dims = sample()
    dims.dimensions.splice(2)
    expect(problemsOf(dims)).toEqual(['exercises/data/x.ts › exercise "sample-self" › dimensions: needs at least three dimensions for a radar chart'])
  })

  it('rejects duplicate dimension ids, empty or long labels and unknown fields', () => {
    const dup = sample()
    dup.dimensions[1]!.id = 'a'
    expect(problemsOf(dup)).toEqual(['exercises/data/x.ts › exercise "sample-self" › dimensions[1].id: duplicate id "a"'])
    const empty = sample()
    empty.dimensions[2]!.label = ' '
    expect(problemsOf(empty)).toEqual(['exercises/data/x.ts › exercise "sample-self" › dimensions[2].label: must not be empty'])
    const long = sample()
    long.dimensions[0]!.label = '与群众沟通交流的能力'
    expect(problemsOf(long)[0]).toMatch(/› dimensions\[0\]\.label: must be at most 6 characters/)
    expect(problemsOf({
      ...sample(),
      answer: 3,
    })[0]).toMatch(/exercise "sample-self" › \(root\): .*answer/)
    const level = sample()
    level.levels[4]!.description = ''
    expect(problemsOf(level)).toEqual(['exercises/data/x.ts › exercise "sample-self" › levels[4].description: must not be empty'])
  })
})

describe('the kit\'s self-assessments', () => {
  it('rate the eight competencies', async () => {
    const all = [
      ...validateExerciseFiles(await loadExerciseFiles()).values(),
    ].filter(e => e.type === 'self-assessment')
    expect(all.map(e => e.id)).toContain('m2-self-assessment')
    const m2 = all.find(e => e.id === 'm2-self-assessment')!
    expect(m2.type === 'self-assessment' && m2.dimensions.map(d => d.label)).toEqual([
      '沟通',
      '理解',
      '共情',
      '协调',
      '服务',
      '应变',
      '政策把握',
      '矛盾化解',
    ])
  })
})
