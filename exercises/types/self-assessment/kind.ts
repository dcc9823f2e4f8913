/**
 * 自评 (self-assessment): the learner rates themself 1–5 on each dimension (e.g. the eight competencies)
 * and sees a radar chart. Unscored (maxScore 0): there is no right answer, so checking only marks it done.
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

/** Ratings run from 1 to RATING_MAX; `levels` describes each of them. */
export const RATING_MAX = 5

export const selfAssessmentSchema = z.strictObject({
  id: idSchema,
  type: z.literal('self-assessment'),
  title: textSchema,
  /** The instruction above the rating table. */
  prompt: textSchema,
  /** What is rated; the labels are also the radar chart's axis labels, so keep them short. */
  dimensions: z.array(z.strictObject({
    id: idSchema,
    label: textSchema.max(6, 'must be at most 6 characters, to fit the radar chart'),
  })).min(3, 'needs at least three dimensions for a radar chart').max(12, 'must have at most 12 dimensions, to fit the slide'),
  /** What ratings 1 to 5 mean, in order (shown in the legend and explained in the answer key). */
  levels: z.array(z.strictObject({
    label: textSchema,
    description: textSchema,
  })).length(RATING_MAX, `needs exactly ${RATING_MAX} levels, one for each rating 1–${RATING_MAX}`),
  /** What to do with the result (shown instead of a solution, and in the answer key). */
  guidance: textSchema,
}).superRefine((data, ctx) => {
  checkUniqueIds(data.dimensions, ctx, ['dimensions'])
})

export type SelfAssessmentData = z.infer<typeof selfAssessmentSchema>

const responseSchema = z.strictObject({
  /** Rating by dimension id; a dimension not rated yet has no entry. */
  ratings: z.record(z.string(), z.number().int().min(1).max(RATING_MAX)),
})
export type SelfAssessmentResponse = z.infer<typeof responseSchema>

/** The learner's rating of dimension `id`, or undefined when not rated (own keys only, never the prototype's). */
export function ratingOf(response: SelfAssessmentResponse, id: string): number | undefined {
  return Object.hasOwn(response.ratings, id)
    ? response.ratings[id]
    : undefined
}

/** The `count` lowest-rated dimensions (ties keep the data's order); unrated dimensions are skipped. */
export function lowestDimensions(data: SelfAssessmentData, response: SelfAssessmentResponse, count = 2): { id: string, label: string, rating: number }[] {
  return data.dimensions
    .flatMap((dimension) => {
      const rating = ratingOf(response, dimension.id)
      return rating === undefined
        ? []
        : [
            { ...dimension, rating },
          ]
    })
    .sort((a, b) => a.rating - b.rating)
    .slice(0, count)
}

/**
 * The lowest-rated dimensions to name to the learner: the `count` lowest, and every other one rated the same as the
 * last of them, so that a tie at the cut is named whole rather than broken by the data's order.
 */
export function lowestWithTies(data: SelfAssessmentData, response: SelfAssessmentResponse, count = 2): { id: string, label: string, rating: number }[] {
  const rated = lowestDimensions(data, response, data.dimensions.length)
  if (rated.length <= count)
    return rated
  const cut = rated[count - 1]!.rating
  return rated.filter(dimension => dimension.rating <= cut)
}

export const selfAssessment: ExerciseKind<SelfAssessmentData, SelfAssessmentResponse> = {
  type: 'self-assessment',
  responseVersion: 1,
  emptyResponse: () => ({ ratings: {} }),
  isAnswered: (data, response) => data.dimensions.every(dimension => ratingOf(response, dimension.id) !== undefined),
  score: () => 0,
  maxScore: () => 0,
  // No model answer: a self-assessment cannot be "solved". The view keeps showing the learner's own
  // ratings when revealed, with guidance instead of a solution.
  solution: () => ({ ratings: {} }),
  isResponse: (data, value): value is SelfAssessmentResponse => {
    const parsed = responseSchema.safeParse(value)
    return parsed.success && Object.keys(parsed.data.ratings).every(id => data.dimensions.some(dimension => dimension.id === id))
  },
}
