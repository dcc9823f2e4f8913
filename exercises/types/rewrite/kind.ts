/**
 * 改写 (rewrite): the learner rewrites a bureaucratic sentence (官腔) in plain words (群众语言), then
 * compares it with the model answer and rates their own text against a rubric of 3–5 criteria:
 * 做到 2, 部分做到 1, 没做到 0 points each. No keyword counting: typing words earns nothing, only the
 * learner's own judgement against the rubric, made after seeing the model answer, does.
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

/** Longest answer kept (the textarea has the same `maxlength`). */
export const REWRITE_MAX_LENGTH = 100
export const RUBRIC_MIN = 3
export const RUBRIC_MAX = 5

/** The self-rating scale, from best to worst, with its points. */
export const RUBRIC_LEVELS = [
  { points: 2, label: '做到' },
  { points: 1, label: '部分做到' },
  { points: 0, label: '没做到' },
] as const
export const RUBRIC_POINTS_MAX = 2

export const rewriteSchema = z.strictObject({
  id: idSchema,
  type: z.literal('rewrite'),
  title: textSchema,
  /** Who says it to whom, in one short sentence. */
  situation: textSchema.optional(),
  /** The bureaucratic sentence to rewrite. */
  original: textSchema,
  /** What a good rewrite does, one observable criterion each (e.g. 说清要带哪些具体材料). */
  rubric: z.array(z.strictObject({
    id: idSchema,
    text: textSchema,
  })).min(RUBRIC_MIN, `needs at least ${RUBRIC_MIN} criteria`).max(RUBRIC_MAX, `must have at most ${RUBRIC_MAX} criteria`),
  /** Good rewrites, shown once the learner has written theirs; the first is the solution. */
  modelAnswers: z.array(textSchema).min(1, 'needs at least one model answer'),
}).superRefine((data, ctx) => {
  checkUniqueIds(data.rubric, ctx, ['rubric'])
})

export type RewriteData = z.infer<typeof rewriteSchema>

const responseSchema = z.strictObject({
  text: z.string().max(REWRITE_MAX_LENGTH * 4),
  /** Whether the learner has asked to compare with the model answer (the text is final from then on). */
  compared: z.boolean(),
  /** Self-rating by criterion id: 2 做到, 1 部分做到, 0 没做到; only once compared. */
  ratings: z.record(z.string(), z.union([
    z.literal(0),
    z.literal(1),
    z.literal(2),
  ])),
})
export type RewriteResponse = z.infer<typeof responseSchema>
export type RubricPoints = RewriteResponse['ratings'][string]

/** Whether the text has anything but white space in it. */
export function hasText(text: string): boolean {
  return text.trim().length > 0
}

/** The learner's rating of criterion `id`, or undefined when not rated (own keys only). */
export function ratingOf(response: RewriteResponse, id: string): RubricPoints | undefined {
  return Object.hasOwn(response.ratings, id)
    ? response.ratings[id]
    : undefined
}

/** The label of a number of points (做到 / 部分做到 / 没做到). */
export function levelLabel(points: number): string {
  return RUBRIC_LEVELS.find(level => level.points === points)?.label ?? ''
}

/** The written text, marked as compared (the model answer and the rubric show; the text is final). */
export function compare(response: RewriteResponse): RewriteResponse {
  return hasText(response.text)
    ? { ...response, compared: true }
    : response
}

/** `response` with criterion `id` rated `points`. */
export function rate(response: RewriteResponse, id: string, points: RubricPoints): RewriteResponse {
  return {
    ...response,
    ratings: { ...response.ratings, [id]: points },
  }
}

function maxScore(data: RewriteData): number {
  return data.rubric.length * RUBRIC_POINTS_MAX
}

export const rewrite: ExerciseKind<RewriteData, RewriteResponse> = {
  type: 'rewrite',
  responseVersion: 2,
  emptyResponse: () => ({ text: '', compared: false, ratings: {} }),
  isAnswered: (data, response) => hasText(response.text) && response.compared
    && data.rubric.every(criterion => ratingOf(response, criterion.id) !== undefined),
  // Only the self-rating counts, and only for a text compared with the model answer.
  score: (data, response) => (hasText(response.text) && response.compared
    ? data.rubric.reduce((sum, criterion) => sum + (ratingOf(response, criterion.id) ?? 0), 0)
    : 0),
  maxScore,
  solution: data => ({
    text: data.modelAnswers[0] ?? '',
    compared: true,
    ratings: Object.fromEntries(data.rubric.map(criterion => [criterion.id, RUBRIC_POINTS_MAX])),
  }),
  isResponse: (data, value): value is RewriteResponse => {
    const parsed = responseSchema.safeParse(value)
    if (!parsed.success)
      return false
    const ids = Object.keys(parsed.data.ratings)
    return ids.every(id => data.rubric.some(criterion => criterion.id === id))
      && (parsed.data.compared || ids.length === 0)
      && (!parsed.data.compared || hasText(parsed.data.text))
  },
}
