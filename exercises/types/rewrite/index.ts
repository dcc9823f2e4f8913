/** Rewrite: say it the way the public understands it. */
import { defineExerciseType } from '../../contract.ts'
import { rewrite, rewriteSchema } from './kind.ts'

export default defineExerciseType({
  schema: rewriteSchema,
  kind: rewrite,
  component: 'Rewrite',
  view: () => import('./Rewrite.vue'),
})
