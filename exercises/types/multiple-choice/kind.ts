/**
 * 多选 (multiple choice): one or more correct options, at least one wrong option, feedback per option.
 *
 * Scoring rule (partial credit, "right minus wrong"):
 *   score = max(0, correctly selected options − wrongly selected options)
 *   max   = number of correct options
 * So selecting every correct option and nothing else earns full marks (status `correct`); a selection
 * with more right than wrong choices earns part of the marks (`partial`); guessing everything earns
 * only what the wrong choices do not cancel out, and never less than 0 (`incorrect`).
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

export const multipleChoiceSchema = z.strictObject({
  id: idSchema,
  type: z.literal('multiple-choice'),
  title: textSchema,
  question: textSchema,
  options: z.array(z.strictObject({
    id: idSchema,
    text: textSchema,
    correct: z.boolean().optional(),
    /** Shown after checking next to this option when it was selected, or when it was correct but missed. */
    feedback: textSchema,
  })).min(2, 'needs at least two options'),
  /** Why the correct options are correct: shown with the solution and in the answer key. */
  rationale: textSchema,
}).superRefine((data, ctx) => {
  checkUniqueIds(data.options, ctx, ['options'])
  const correct = data.options.filter(option => option.correct).length
  if (correct === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: 'no option is marked correct: true',
    })
  }
  else if (correct === data.options.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: 'every option is marked correct; a multiple choice needs at least one wrong option',
    })
  }
})

export type MultipleChoiceData = z.infer<typeof multipleChoiceSchema>

const responseSchema = z.strictObject({
  /** Ids of the selected options, in the order of `data.options`. */
  selected: z.array(z.string()),
})
export type MultipleChoiceResponse = z.infer<typeof responseSchema>

/** The selection with `optionId` toggled, kept in the order of the options. */
export function toggleOption(data: MultipleChoiceData, response: MultipleChoiceResponse, optionId: string, on: boolean): MultipleChoiceResponse {
  const selected = new Set(response.selected)
  if (on)
    selected.add(optionId)
  else
    selected.delete(optionId)
  return {
    selected: data.options.filter(option => selected.has(option.id)).map(option => option.id),
  }
}

/** How a selection compares with the answer: correctly selected, wrongly selected, correct but missed. */
export function tally(data: MultipleChoiceData, response: MultipleChoiceResponse): { right: number, wrong: number, missed: number } {
  const selected = new Set(response.selected)
  let right = 0
  let wrong = 0
  let missed = 0
  for (const option of data.options) {
    if (option.correct && selected.has(option.id))
      right++
    else if (option.correct)
      missed++
    else if (selected.has(option.id))
      wrong++
  }
  return { right, wrong, missed }
}

export const multipleChoice: ExerciseKind<MultipleChoiceData, MultipleChoiceResponse> = {
  type: 'multiple-choice',
  responseVersion: 1,
  emptyResponse: () => ({ selected: [] }),
  isAnswered: (data, response) => response.selected.some(id => data.options.some(option => option.id === id)),
  score: (data, response) => {
    const { right, wrong } = tally(data, response)
    return Math.max(0, right - wrong)
  },
  maxScore: data => data.options.filter(option => option.correct).length,
  solution: data => ({
    selected: data.options.filter(option => option.correct).map(option => option.id),
  }),
  isResponse: (data, value): value is MultipleChoiceResponse => {
    const parsed = responseSchema.safeParse(value)
    if (!parsed.success)
      return false
    const { selected } = parsed.data
    return new Set(selected).size === selected.length
      && selected.every(id => data.options.some(option => option.id === id))
  },
}
