/** Course survey (课后评估): agreement ratings and open questions (unscored). */
import { defineExerciseType } from '../../contract.ts'
import { courseSurvey, courseSurveySchema } from './kind.ts'

export default defineExerciseType({
  schema: courseSurveySchema,
  kind: courseSurvey,
  component: 'CourseSurvey',
  view: () => import('./CourseSurvey.vue'),
})
