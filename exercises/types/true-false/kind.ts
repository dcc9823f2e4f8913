/**
 * 判断 (true or false): a statement the learner judges 正确 or 错误, feedback for each answer, one point.
 * Scoring: 1 when the learner's judgement equals `answer`, otherwise 0 (status `correct` or `incorrect`).
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { idSchema, textSchema } from '../../schema-parts.ts'

export const trueFalseSchema = z.strictObject({
  id: idSchema,
  type: z.literal('true-false'),
  title: textSchema,
  /** The statement to judge, e.g. “接受群众监督，就是……”。 */
  statement: textSchema,
  /** Whether the statement is correct (正确: true, 错误: false). */
  answer: z.boolean({ error: 'must be true (正确) or false (错误)' }),
  /** Shown after checking, by the learner's answer: `true` when they chose 正确, `false` when they chose 错误. */
  feedback: z.strictObject({
    true: textSchema,
    false: textSchema,
  }),
  /** Why the answer is what it is: shown with the solution and in the answer key. */
  rationale: textSchema,
})

export type TrueFalseData = z.infer<typeof trueFalseSchema>

const responseSchema = z.strictObject({
  /** The learner's judgement: true = 正确, false = 错误, null = not answered yet. */
  answer: z.boolean().nullable(),
})
export type TrueFalseResponse = z.infer<typeof responseSchema>

export const trueFalse: ExerciseKind<TrueFalseData, TrueFalseResponse> = {
  type: 'true-false',
  responseVersion: 1,
  emptyResponse: () => ({ answer: null }),
  isAnswered: (_data, response) => response.answer !== null,
  score: (data, response) => (response.answer === data.answer
    ? 1
    : 0),
  maxScore: () => 1,
  solution: data => ({ answer: data.answer }),
  isResponse: (_data, value): value is TrueFalseResponse => responseSchema.safeParse(value).success,
}
