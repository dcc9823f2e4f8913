/**
 * 测验 (quiz): a set of single-answer questions answered one after another, e.g. the pre-test and the
 * post-test. One point per correct answer. A post-test names its pre-test in `compareWith`, and the
 * view shows both scores side by side; `validateExerciseFiles` checks that both hold the same questions.
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

const quizItemSchema = z.strictObject({
  id: idSchema,
  question: textSchema,
  options: z.array(z.strictObject({
    id: idSchema,
    text: textSchema,
    correct: z.boolean().optional(),
    feedback: textSchema,
  })).min(2, 'needs at least two options'),
  rationale: textSchema,
}).superRefine((item, ctx) => {
  checkUniqueIds(item.options, ctx, ['options'])
  const correct = item.options.filter(option => option.correct).length
  if (correct !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `needs exactly one option marked correct: true, has ${correct}`,
    })
  }
})

export const quizSchema = z.strictObject({
  id: idSchema,
  type: z.literal('quiz'),
  title: textSchema,
  /** `pre` before teaching, `post` after it. */
  phase: z.enum(['pre', 'post']),
  /** For a post-test: the id of the pre-test with the same questions. */
  compareWith: idSchema.optional(),
  items: z.array(quizItemSchema).min(1, 'needs at least one question'),
}).superRefine((data, ctx) => {
  checkUniqueIds(data.items, ctx, ['items'])
  if (data.phase === 'post' && !data.compareWith) {
    ctx.addIssue({
      code: 'custom',
      path: ['compareWith'],
      message: 'a post-test must name its pre-test',
    })
  }
  if (data.phase === 'pre' && data.compareWith) {
    ctx.addIssue({
      code: 'custom',
      path: ['compareWith'],
      message: 'only a post-test compares with a pre-test',
    })
  }
})

export type QuizData = z.infer<typeof quizSchema>
export type QuizItem = QuizData['items'][number]

const responseSchema = z.strictObject({
  answers: z.record(z.string(), z.string().nullable()),
})
export type QuizResponse = z.infer<typeof responseSchema>

const isCorrect = (item: QuizItem, answer: string | null | undefined) => !!item.options.find(option => option.id === answer)?.correct

export const quiz: ExerciseKind<QuizData, QuizResponse> = {
  type: 'quiz',
  responseVersion: 1,
  emptyResponse: data => ({
    answers: Object.fromEntries(data.items.map(item => [item.id, null])),
  }),
  isAnswered: (data, response) => data.items.every(item => typeof response.answers[item.id] === 'string'),
  score: (data, response) => data.items.filter(item => isCorrect(item, response.answers[item.id])).length,
  maxScore: data => data.items.length,
  solution: data => ({
    answers: Object.fromEntries(data.items.map(item => [item.id, item.options.find(option => option.correct)!.id])),
  }),
  isResponse: (data, value): value is QuizResponse => {
    const parsed = responseSchema.safeParse(value)
    if (!parsed.success)
      return false
    const { answers } = parsed.data
    return Object.keys(answers).length === data.items.length
      && data.items.every(item => item.id in answers && (answers[item.id] === null || item.options.some(option => option.id === answers[item.id])))
  },
}

/** Whether the item was answered correctly in `response` (for per-question feedback). */
export function quizItemCorrect(item: QuizItem, response: QuizResponse): boolean {
  return isCorrect(item, response.answers[item.id])
}

/** Problems when a post-test and its pre-test do not hold the same questions (by id and correct answer). */
export function comparisonProblems(post: QuizData, pre: QuizData | undefined): string[] {
  if (!pre)
    return [`compareWith: no quiz with id "${post.compareWith}"`]
  const signature = (data: QuizData) => data.items.map(item => `${item.id}:${item.options.find(o => o.correct)?.id}`).join(',')
  return signature(pre) === signature(post)
    ? []
    : [`compareWith: "${pre.id}" does not hold the same questions and answers`]
}
