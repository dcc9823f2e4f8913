import type { CourseInput } from './courseResult.ts'
import type { ExerciseResult } from './moduleScores.ts'
import { describe, expect, it } from 'vitest'
import { courseResult } from './courseResult.ts'

const phases: Record<string, 'pre' | 'post'> = { pretest: 'pre', posttest: 'post' }

function input(results: Record<string, ExerciseResult>, overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    exerciseIds: Object.keys(results),
    phaseOf: id => phases[id],
    resultOf: id => results[id] ?? { score: 0, maxScore: 0, done: false },
    slidesSeen: 0,
    slidesTotal: 10,
    masteryThreshold: 0.8,
    ...overrides,
  }
}

describe('course progress and completion', () => {
  it.each([
    [0, 10, 0, false],
    [4, 10, 0.4, false],
    [9, 10, 0.9, false],
    [10, 10, 1, true],
    [12, 10, 1, true],
    [-3, 10, 0, false],
    [0, 0, 0, false],
    [5, 0, 0, false],
    [5, -2, 0, false],
  ])('%i of %i slides seen → progress %s, completed %s', (slidesSeen, slidesTotal, progress, completed) => {
    const result = courseResult(input({}, { slidesSeen, slidesTotal }))
    expect(result.progress).toBe(progress)
    expect(result.completed).toBe(completed)
  })
})

describe('course score', () => {
  it('is 0 of 0 without exercises, with no post-test', () => {
    expect(courseResult(input({}))).toEqual({
      progress: 0,
      completed: false,
      scoreRaw: 0,
      scoreMax: 0,
      masteryThreshold: 0.8,
    })
  })

  it('counts every scored exercise in the maximum, and its points only once checked', () => {
    const result = courseResult(input({
      a: { score: 2, maxScore: 3, done: true },
      b: { score: 4, maxScore: 4, done: false },
      self: { score: 0, maxScore: 0, done: true },
      c: { score: 1, maxScore: 2, done: true },
    }))
    expect(result.scoreRaw).toBe(3)
    expect(result.scoreMax).toBe(9)
  })

  it('clamps each exercise score into 0…max', () => {
    const result = courseResult(input({
      a: { score: 5, maxScore: 3, done: true },
      b: { score: -2, maxScore: 4, done: true },
    }))
    expect(result.scoreRaw).toBe(3)
    expect(result.scoreMax).toBe(7)
  })

  it('leaves the pre-test out of the score and counts the post-test', () => {
    const result = courseResult(input({
      pretest: { score: 6, maxScore: 8, done: true },
      a: { score: 1, maxScore: 1, done: true },
      posttest: { score: 7, maxScore: 8, done: true },
    }))
    expect(result.scoreRaw).toBe(8)
    expect(result.scoreMax).toBe(9)
  })
})

describe('post-test', () => {
  it('reports no post-test score before the post-test is checked', () => {
    const result = courseResult(input({
      pretest: { score: 6, maxScore: 8, done: true },
      posttest: { score: 8, maxScore: 8, done: false },
    }))
    expect(result).not.toHaveProperty('postTestScore')
    expect(result).not.toHaveProperty('postTestMax')
    expect(result.scoreRaw).toBe(0)
    expect(result.scoreMax).toBe(8)
  })

  it('reports the post-test score and maximum once it is checked', () => {
    const result = courseResult(input({
      pretest: { score: 2, maxScore: 8, done: true },
      a: { score: 1, maxScore: 1, done: true },
      posttest: { score: 6, maxScore: 8, done: true },
    }, { slidesSeen: 10, masteryThreshold: 0.7 }))
    expect(result).toEqual({
      progress: 1,
      completed: true,
      scoreRaw: 7,
      scoreMax: 9,
      postTestScore: 6,
      postTestMax: 8,
      masteryThreshold: 0.7,
    })
  })

  it('reports a checked post-test of 0 points', () => {
    const result = courseResult(input({
      posttest: { score: 0, maxScore: 8, done: true },
    }))
    expect(result.postTestScore).toBe(0)
    expect(result.postTestMax).toBe(8)
  })

  it('never takes the pre-test for the post-test', () => {
    const result = courseResult(input({
      pretest: { score: 8, maxScore: 8, done: true },
    }))
    expect(result).not.toHaveProperty('postTestScore')
    expect(result.scoreMax).toBe(0)
  })

  it('passes the mastery threshold through', () => {
    expect(courseResult(input({}, { masteryThreshold: 0.6 })).masteryThreshold).toBe(0.6)
    expect(courseResult(input({}, { masteryThreshold: 1 })).masteryThreshold).toBe(1)
  })
})
