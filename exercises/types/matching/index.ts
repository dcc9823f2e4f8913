/** Matching: pair each prompt with an answer. */
import { defineExerciseType } from '../../contract.ts'
import { matching, matchingSchema } from './kind.ts'

export default defineExerciseType({
  schema: matchingSchema,
  kind: matching,
  component: 'Matching',
  view: () => import('./Matching.vue'),
})
