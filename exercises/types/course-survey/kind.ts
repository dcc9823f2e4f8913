/**
 * 课后评估 (course survey): a short reaction survey at the end of a deck. Each rating is a statement the
 * learner agrees with on a five-point scale (非常不同意 … 非常同意); each question is answered in a few
 * words. Unscored (maxScore 0): answered once every statement is rated (the questions are optional).
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { idSchema, textSchema } from '../../schema-parts.ts'

/** The agreement scale, from 1 to 5. */
export const SURVEY_SCALE = ['非常不同意', '不同意', '一般', '同意', '非常同意'] as const
/** Longest answer kept per question (the textarea has the same `maxlength`). */
export const SURVEY_ANSWER_MAX_LENGTH = 200
export const SURVEY_MAX_RATINGS = 8
export const SURVEY_MAX_QUESTIONS = 4

const itemSchema = z.strictObject({
  id: idSchema,
  text: textSchema,
})

export const courseSurveySchema = z.strictObject({
  id: idSchema,
  type: z.literal('course-survey'),
  title: textSchema,
  /** Statements rated 1–5, e.g. 培训内容和我的工作密切相关. */
  ratings: z.array(itemSchema).min(1, 'needs at least one statement to rate').max(SURVEY_MAX_RATINGS, `must have at most ${SURVEY_MAX_RATINGS} statements, to keep the survey short`),
  /** Open questions, e.g. 最想改进的一点是什么？ */
  questions: z.array(itemSchema).max(SURVEY_MAX_QUESTIONS, `must have at most ${SURVEY_MAX_QUESTIONS} questions, to keep the survey short`),
}).superRefine((data, ctx) => {
  // Ratings and questions share one id space, so a summary or an export can name any item by id.
  const seen = new Set<string>()
  for (const part of ['ratings', 'questions'] as const) {
    data[part].forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [part, index, 'id'],
          message: `duplicate id "${item.id}"`,
        })
      }
      seen.add(item.id)
    })
  }
})

export type CourseSurveyData = z.infer<typeof courseSurveySchema>

const responseSchema = z.strictObject({
  /** Rating 1–5 by statement id; a statement not rated yet has no entry. */
  ratings: z.record(z.string(), z.number().int().min(1).max(SURVEY_SCALE.length)),
  /** Answer by question id; a question not answered has no entry (or an empty one). */
  answers: z.record(z.string(), z.string().max(SURVEY_ANSWER_MAX_LENGTH)),
})
export type CourseSurveyResponse = z.infer<typeof responseSchema>

/** The learner's rating of statement `id`, or undefined (own keys only, never the prototype's). */
export function surveyRating(response: CourseSurveyResponse, id: string): number | undefined {
  return Object.hasOwn(response.ratings, id)
    ? response.ratings[id]
    : undefined
}

/** The learner's answer to question `id`, '' when there is none. */
export function surveyAnswer(response: CourseSurveyResponse, id: string): string {
  return Object.hasOwn(response.answers, id)
    ? response.answers[id]!
    : ''
}

/** The scale's label for a rating 1–5. */
export function scaleLabel(rating: number): string {
  return SURVEY_SCALE[rating - 1] ?? ''
}

export const courseSurvey: ExerciseKind<CourseSurveyData, CourseSurveyResponse> = {
  type: 'course-survey',
  responseVersion: 1,
  emptyResponse: () => ({ ratings: {}, answers: {} }),
  isAnswered: (data, response) => data.ratings.every(item => surveyRating(response, item.id) !== undefined),
  score: () => 0,
  maxScore: () => 0,
  // No model answer: the learner's opinion cannot be "solved"; the view keeps their own response.
  solution: () => ({ ratings: {}, answers: {} }),
  isResponse: (data, value): value is CourseSurveyResponse => {
    const parsed = responseSchema.safeParse(value)
    return parsed.success
      && Object.keys(parsed.data.ratings).every(id => data.ratings.some(item => item.id === id))
      && Object.keys(parsed.data.answers).every(id => data.questions.some(item => item.id === id))
  },
}
