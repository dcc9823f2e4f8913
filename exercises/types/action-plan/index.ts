/** Action plan: the learner's own next steps (unscored). */
import { defineExerciseType } from '../../contract.ts'
import { actionPlan, actionPlanSchema } from './kind.ts'

export default defineExerciseType({
  schema: actionPlanSchema,
  kind: actionPlan,
  component: 'ActionPlan',
  view: () => import('./ActionPlan.vue'),
})
