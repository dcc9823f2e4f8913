/** True or false: one statement, judged. */
import { defineExerciseType } from '../../contract.ts'
import { trueFalse, trueFalseSchema } from './kind.ts'

export default defineExerciseType({
  schema: trueFalseSchema,
  kind: trueFalse,
  component: 'TrueFalse',
  view: () => import('./TrueFalse.vue'),
})
