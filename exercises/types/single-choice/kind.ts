/** 单选 (single choice): exactly one correct option, feedback per option, one point. */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

export const singleChoiceSchema = z.strictObject({
  id: idSchema,
  type: z.literal('single-choice'),
  title: textSchema,
  question: textSchema,
  options: z.array(z.strictObject({
    id: idSchema,
    text: textSchema,
    correct: z.boolean().optional(),
    /** Shown after checking when this option was chosen. */
    feedback: textSchema,
  })).min(2, 'needs at least two options'),
  /** Why the correct answer is correct: shown with the solution and in the answer key. */
  rationale: textSchema,
}).superRefine((data, ctx) => {
  checkUniqueIds(data.options, ctx, ['options'])
  const correct = data.options.filter(option => option.correct).length
  if (correct !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: correct === 0
        ? 'no option is marked correct: true'
        : `${correct} options are marked correct; a single choice needs exactly one`,
    })
  }
})

export type SingleChoiceData = z.infer<typeof singleChoiceSchema>

const responseSchema = z.strictObject({
  selected: z.string().nullable(),
})
export type SingleChoiceResponse = z.infer<typeof responseSchema>

export const singleChoice: ExerciseKind<SingleChoiceData, SingleChoiceResponse> = {
  type: 'single-choice',
  responseVersion: 1,
  emptyResponse: () => ({ selected: null }),
  isAnswered: (_data, response) => response.selected !== null,
  score: (data, response) => (data.options.find(option => option.id === response.selected)?.correct
    ? 1
    : 0),
  maxScore: () => 1,
  solution: data => ({ selected: data.options.find(option => option.correct)?.id ?? null }),
  isResponse: (data, value): value is SingleChoiceResponse => {
    const parsed = responseSchema.safeParse(value)
    return parsed.success && (parsed.data.selected === null || data.options.some(option => option.id === parsed.data.selected))
  },
}
