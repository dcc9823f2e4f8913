/** Branching scenario: choices lead to different endings. */
import { defineExerciseType } from '../../contract.ts'
import { scenario, scenarioSchema } from './kind.ts'

export default defineExerciseType({
  schema: scenarioSchema,
  kind: scenario,
  component: 'Scenario',
  view: () => import('./Scenario.vue'),
})
