/** Ordering: put the steps in order. */
import { defineExerciseType } from '../../contract.ts'
import { ordering, orderingSchema } from './kind.ts'

export default defineExerciseType({
  schema: orderingSchema,
  kind: ordering,
  component: 'Ordering',
  view: () => import('./Ordering.vue'),
})
