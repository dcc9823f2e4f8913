import type { CourseSurveyData, CourseSurveyResponse } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { loadExerciseFiles } from '../../../scripts/lib/exercise-data.ts'
import { expectRestoredAfterCheck, expectScoresWithinMax, expectSolutionEarnsMax } from '../../../tests/lib/contract-invariants.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile, validateExerciseFiles } from '../../schema.ts'
import { courseSurvey, courseSurveySchema, scaleLabel, SURVEY_ANSWER_MAX_LENGTH, SURVEY_SCALE, surveyAnswer, surveyRating } from './kind.ts'

function sample() {
  return {
    id: 'sample-survey',
    type: 'course-survey',
    title: '课后评估',
    ratings: [
      { id: 'relevance', text: '和工作相关' },
      { id: 'clarity', text: '讲得清楚' },
      { id: 'constructor', text: '有信心运用' },
    ],
    questions: [
      { id: 'change', text: '最需要改进的是什么？' },
    ],
  }
}

const data: CourseSurveyData = courseSurveySchema.parse(sample())
const full: CourseSurveyResponse = {
  ratings: { relevance: 5, clarity: 3, constructor: 4 },
  answers: { change: '多一些真实案例' },
}

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

afterEach(() => exerciseStore.clear())

describe('course survey (unscored)', () => {
  it('scores every response 0 out of 0', () => {
    expect(courseSurvey.maxScore(data)).toBe(0)
    expectScoresWithinMax(courseSurvey, data, [
      courseSurvey.emptyResponse(data),
      full,
    ])
    expectSolutionEarnsMax(courseSurvey, data)
  })

  it('is answered once every statement is rated; the open questions are optional', () => {
    expect(courseSurvey.isAnswered(data, courseSurvey.emptyResponse(data))).toBe(false)
    expect(courseSurvey.isAnswered(data, {
      ratings: { relevance: 5, clarity: 3 },
      answers: { change: '多练' },
    })).toBe(false)
    expect(courseSurvey.isAnswered(data, { ...full, answers: {} })).toBe(true)
    // An inherited key never counts as a rating.
    expect(surveyRating({ ratings: {}, answers: {} }, 'constructor')).toBeUndefined()
    expect(surveyAnswer({ ratings: {}, answers: {} }, 'constructor')).toBe('')
  })

  it('labels the five points of the scale', () => {
    expect(SURVEY_SCALE).toEqual(['非常不同意', '不同意', '一般', '同意', '非常同意'])
    expect(scaleLabel(1)).toBe('非常不同意')
    expect(scaleLabel(5)).toBe('非常同意')
    expect(scaleLabel(0)).toBe('')
  })

  it('reports answered once checked, and restores ratings and answers', () => {
    expect(expectRestoredAfterCheck(courseSurvey, data, full)).toEqual({ score: 0, status: 'answered' })
  })

  it('accepts only ratings 1–5 of known statements and capped text answers to known questions', () => {
    expect(courseSurvey.isResponse(data, courseSurvey.emptyResponse(data))).toBe(true)
    expect(courseSurvey.isResponse(data, full)).toBe(true)
    expect(courseSurvey.isResponse(data, {
      ratings: {},
      answers: {
        change: 'x'.repeat(SURVEY_ANSWER_MAX_LENGTH),
      },
    })).toBe(true)
    for (const bad of [
      null,
      [],
      { ratings: {} },
      {
        ratings: { relevance: 0 },
        answers: {},
      },
      {
        ratings: { relevance: 6 },
        answers: {},
      },
      {
        ratings: { relevance: 2.5 },
        answers: {},
      },
      {
        ratings: { relevance: '3' },
        answers: {},
      },
      {
        ratings: { zz: 3 },
        answers: {},
      },
      {
        ratings: { change: 3 },
        answers: {},
      },
      {
        ratings: {},
        answers: { relevance: '好' },
      },
      {
        ratings: {},
        answers: { change: 3 },
      },
      {
        ratings: {},
        answers: {
          change: 'x'.repeat(SURVEY_ANSWER_MAX_LENGTH + 1),
        },
      },
      { ratings: {}, answers: {}, extra: 1 },
    ])
      expect(courseSurvey.isResponse(data, bad)).toBe(false)
  })
})

describe('course survey data schema', () => {
  it('accepts valid data, also without open questions', () => {
    expect(problemsOf(sample())).toEqual([])
    expect(problemsOf({
      ...sample(),
      questions: [],
    })).toEqual([])
  })

  it('names file, exercise and field for each problem', () => {
    expect(problemsOf({
      ...sample(),
      ratings: [],
    })).toEqual(['exercises/data/x.ts › exercise "sample-survey" › ratings: needs at least one statement to rate'])
    const long = sample()
    for (let i = 0; i < 6; i++)
      long.ratings.push({ id: `r${i}`, text: '又一项' })
    expect(problemsOf(long)).toEqual(['exercises/data/x.ts › exercise "sample-survey" › ratings: must have at most 8 statements, to keep the survey short'])
    const empty = sample()
    empty.questions[0]!.text = ' '
    expect(problemsOf(empty)).toEqual(['exercises/data/x.ts › exercise "sample-survey" › questions[0].text: must not be empty'])
    expect(problemsOf({
      ...sample(),
      scale: [1, 2, 3],
    })[0]).toMatch(/exercise "sample-survey" › \(root\): .*scale/)
  })

  it('rejects an id used twice, across statements and questions', () => {
    const dup = sample()
    dup.ratings[1]!.id = 'relevance'
    expect(problemsOf(dup)).toEqual(['exercises/data/x.ts › exercise "sample-survey" › ratings[1].id: duplicate id "relevance"'])
    const across = sample()
    across.questions[0]!.id = 'clarity'
    expect(problemsOf(across)).toEqual(['exercises/data/x.ts › exercise "sample-survey" › questions[0].id: duplicate id "clarity"'])
  })
})

describe('the kit\'s course survey', () => {
  it('asks about relevance, clarity and confidence, and what to change', async () => {
    const survey = validateExerciseFiles(await loadExerciseFiles()).get('course-survey')
    expect(survey?.type).toBe('course-survey')
    if (survey?.type !== 'course-survey')
      return
    expect(survey.ratings.length).toBeGreaterThanOrEqual(3)
    expect(survey.questions.length).toBeGreaterThanOrEqual(1)
  })
})
