import type { QuizData } from './kind.ts'
import { describe, expect, it } from 'vitest'
import { validateExerciseFile, validateExerciseFiles } from '../../schema.ts'
import { quiz, quizSchema } from './kind.ts'

function quizData(id = 'pre', phase: 'pre' | 'post' = 'pre', compareWith?: string): QuizData {
  return quizSchema.parse({
    id,
    type: 'quiz',
    title: '小测',
    phase,
    ...(compareWith
      ? { compareWith }
      : {}),
    items: [
      {
        id: 'q1',
        question: '一？',
        options: [
          {
            id: 'a',
            text: '对',
            correct: true,
            feedback: '对',
          },
          { id: 'b', text: '错', feedback: '错' },
        ],
        rationale: '因为。',
      },
      {
        id: 'q2',
        question: '二？',
        options: [
          { id: 'a', text: '错', feedback: '错' },
          {
            id: 'b',
            text: '对',
            correct: true,
            feedback: '对',
          },
        ],
        rationale: '因为。',
      },
      {
        id: 'q3',
        question: '三？',
        options: [
          {
            id: 'a',
            text: '对',
            correct: true,
            feedback: '对',
          },
          { id: 'b', text: '错', feedback: '错' },
        ],
        rationale: '因为。',
      },
    ],
  })
}

const data = quizData()

describe('quiz scoring', () => {
  it('gives one point per correct answer', () => {
    expect(quiz.maxScore(data)).toBe(3)
    expect(quiz.score(data, {
      answers: { q1: 'a', q2: 'b', q3: 'a' },
    })).toBe(3)
    expect(quiz.score(data, {
      answers: { q1: 'a', q2: 'a', q3: 'b' },
    })).toBe(1)
    expect(quiz.score(data, quiz.emptyResponse(data))).toBe(0)
  })

  it('is answered only when every question has an answer', () => {
    expect(quiz.isAnswered(data, {
      answers: { q1: 'a', q2: 'b', q3: null },
    })).toBe(false)
    expect(quiz.isAnswered(data, {
      answers: { q1: 'a', q2: 'b', q3: 'b' },
    })).toBe(true)
  })

  it('offers a solution that earns full marks, and every score stays within [0, max]', () => {
    expect(quiz.score(data, quiz.solution(data))).toBe(quiz.maxScore(data))
    for (const q1 of ['a', 'b', null]) {
      for (const q2 of ['a', 'b', null]) {
        const score = quiz.score(data, {
          answers: { q1, q2, q3: 'a' },
        })
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(3)
      }
    }
  })

  it('accepts only responses with every question and existing options', () => {
    expect(quiz.isResponse(data, quiz.emptyResponse(data))).toBe(true)
    expect(quiz.isResponse(data, {
      answers: { q1: 'a', q2: 'b' },
    })).toBe(false)
    expect(quiz.isResponse(data, {
      answers: { q1: 'z', q2: null, q3: null },
    })).toBe(false)
    expect(quiz.isResponse(data, {
      answers: {
        q1: 'a',
        q2: null,
        q3: null,
        q4: null,
      },
    })).toBe(false)
    expect(quiz.isResponse(data, [])).toBe(false)
  })
})

describe('quiz data', () => {
  it('requires exactly one correct option per question, naming the question', () => {
    const bad = JSON.parse(JSON.stringify(data))
    bad.items[1].options[1].correct = false
    expect(validateExerciseFile('f.ts', [bad]).problems).toEqual(['f.ts › exercise "pre" › items[1].options: needs exactly one option marked correct: true, has 0'])
  })

  it('requires a post-test to name a pre-test with the same questions', () => {
    const post = {
      ...quizData('post', 'post', 'pre'),
    }
    expect(() => validateExerciseFiles({
      'f.ts': [data, post],
    })).not.toThrow()
    expect(() => validateExerciseFiles({
      'f.ts': [post],
    })).toThrowError(/exercise "post" › compareWith: no quiz with id "pre"/)
    const changed = JSON.parse(JSON.stringify(post))
    changed.items.pop()
    expect(() => validateExerciseFiles({
      'f.ts': [data, changed],
    })).toThrowError(/compareWith: "pre" does not hold the same questions/)
    expect(validateExerciseFile('f.ts', [
      { ...post, compareWith: undefined },
    ]).problems[0]).toMatch(/compareWith: a post-test must name its pre-test/)
  })
})
