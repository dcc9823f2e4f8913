/** Single choice: one right option. */
import { defineExerciseType } from '../../contract.ts'
import { singleChoice, singleChoiceSchema } from './kind.ts'

export default defineExerciseType({
  schema: singleChoiceSchema,
  kind: singleChoice,
  component: 'SingleChoice',
  view: () => import('./SingleChoice.vue'),
})
