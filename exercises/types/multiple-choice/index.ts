/** Multiple choice: every right option, none of the wrong ones. */
import { defineExerciseType } from '../../contract.ts'
import { multipleChoice, multipleChoiceSchema } from './kind.ts'

export default defineExerciseType({
  schema: multipleChoiceSchema,
  kind: multipleChoice,
  component: 'MultipleChoice',
  view: () => import('./MultipleChoice.vue'),
})
