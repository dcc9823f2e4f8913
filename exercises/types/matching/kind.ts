/**
 * 匹配 (matching): each prompt on the left (e.g. a group of people) is matched to one answer on the
 * right (e.g. the fitting way to reach them). The answers may include distractors that match no prompt,
 * and two prompts may share an answer.
 *
 * Scoring: one point per prompt matched to its answer in `pairs`; max = number of prompts; a response
 * with some but not all pairs right is `partial`. The learner can check once every prompt has an answer.
 */
import type { z as zod } from 'zod'
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { optionLetter } from '../../labels.ts'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'
import { scramble } from '../../shuffle.ts'

/** More than this does not fit one 980 × 552 slide with the solution shown. */
export const MAX_PROMPTS = 5
export const MAX_ANSWERS = 6

const itemSchema = z.strictObject({
  id: idSchema,
  text: textSchema,
})

/** Reports every text that occurs more than once in `items` (two identical labels cannot be told apart). */
function checkUniqueTexts(items: readonly { text: string }[], ctx: zod.RefinementCtx, path: string): void {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const text = item.text.trim()
    if (seen.has(text)) {
      ctx.addIssue({
        code: 'custom',
        path: [path, index, 'text'],
        message: `duplicate text "${text}"`,
      })
    }
    seen.add(text)
  })
}

export const matchingSchema = z.strictObject({
  id: idSchema,
  type: z.literal('matching'),
  title: textSchema,
  /** The instruction shown above the two columns. */
  question: textSchema,
  /** Left column, in the order shown. Each prompt gets a select (live) or an answer box (print). */
  prompts: z.array(itemSchema)
    .min(2, 'needs at least two prompts')
    .max(MAX_PROMPTS, `at most ${MAX_PROMPTS} prompts fit one slide`),
  /** Right column. Shown lettered A, B, C … in a fixed order scrambled from this one (see `answerOrder`). */
  answers: z.array(itemSchema)
    .min(2, 'needs at least two answers')
    .max(MAX_ANSWERS, `at most ${MAX_ANSWERS} answers fit one slide`),
  /** The solution: prompt id → answer id, one entry for every prompt. */
  pairs: z.record(z.string(), z.string()),
  /** Why these pairs belong together: shown with the solution and in the answer key. */
  rationale: textSchema,
}).superRefine((data, ctx) => {
  checkUniqueIds(data.prompts, ctx, ['prompts'])
  checkUniqueIds(data.answers, ctx, ['answers'])
  checkUniqueTexts(data.prompts, ctx, 'prompts')
  checkUniqueTexts(data.answers, ctx, 'answers')
  const promptIds = new Set(data.prompts.map(prompt => prompt.id))
  const answerIds = new Set(data.answers.map(answer => answer.id))
  for (const [promptId, answerId] of Object.entries(data.pairs)) {
    if (!promptIds.has(promptId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pairs', promptId],
        message: `pairs a prompt that does not exist: no prompt has id "${promptId}"`,
      })
    }
    if (!answerIds.has(answerId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pairs', promptId],
        message: `points to an answer that does not exist: no answer has id "${answerId}"`,
      })
    }
  }
  for (const prompt of data.prompts) {
    if (!Object.hasOwn(data.pairs, prompt.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pairs'],
        message: `prompt "${prompt.id}" has no pair`,
      })
    }
  }
})

export type MatchingData = z.infer<typeof matchingSchema>

/** The learner's matches: prompt id → answer id; a prompt not yet matched has no entry. */
export interface MatchingResponse {
  matches: Record<string, string>
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The answer id matched to `promptId` (own entries only, so ids like "constructor" are safe). */
export function matchOf(matches: Readonly<Record<string, string>>, promptId: string): string | undefined {
  return Object.hasOwn(matches, promptId)
    ? matches[promptId]
    : undefined
}

/** Whether the learner matched `promptId` to its correct answer. */
export function isPairCorrect(data: MatchingData, response: MatchingResponse, promptId: string): boolean {
  const chosen = matchOf(response.matches, promptId)
  return chosen !== undefined && chosen === matchOf(data.pairs, promptId)
}

/**
 * The answers in the order they are shown and lettered: a fixed scramble seeded by the exercise id, so
 * answers written next to their prompts in the data never line up on screen, and slide, worksheet and
 * answer key share the same letters.
 */
export function answerOrder(data: MatchingData): MatchingData['answers'] {
  return scramble(data.answers, data.id)
}

/** Letter shown for the answer at `index` of `answerOrder` (A, B, C …). */
export const letterAt: (index: number) => string = optionLetter

export const matching: ExerciseKind<MatchingData, MatchingResponse> = {
  type: 'matching',
  responseVersion: 1,
  emptyResponse: () => ({ matches: {} }),
  isAnswered: (data, response) => data.prompts.every(prompt => matchOf(response.matches, prompt.id) !== undefined),
  score: (data, response) => data.prompts.filter(prompt => isPairCorrect(data, response, prompt.id)).length,
  maxScore: data => data.prompts.length,
  solution: data => ({
    matches: Object.fromEntries(data.prompts.map(prompt => [
      prompt.id,
      matchOf(data.pairs, prompt.id)!,
    ])),
  }),
  isResponse: (data, value): value is MatchingResponse => {
    if (!isPlainObject(value) || Object.keys(value).length !== 1 || !isPlainObject(value.matches))
      return false
    const promptIds = new Set(data.prompts.map(prompt => prompt.id))
    const answerIds = new Set(data.answers.map(answer => answer.id))
    return Object.entries(value.matches).every(([promptId, answerId]) => promptIds.has(promptId) && typeof answerId === 'string' && answerIds.has(answerId))
  },
}
