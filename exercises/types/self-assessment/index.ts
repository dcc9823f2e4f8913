/** Self-assessment: rate oneself per dimension, drawn as a radar (unscored). */
import { defineExerciseType } from '../../contract.ts'
import { selfAssessment, selfAssessmentSchema } from './kind.ts'

export default defineExerciseType({
  schema: selfAssessmentSchema,
  kind: selfAssessment,
  component: 'SelfAssessment',
  view: () => import('./SelfAssessment.vue'),
})
