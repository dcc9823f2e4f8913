/** Role-play: three role cards, an observer checklist and notes (unscored). */
import { defineExerciseType } from '../../contract.ts'
import { rolePlay, rolePlaySchema } from './kind.ts'

export default defineExerciseType({
  schema: rolePlaySchema,
  kind: rolePlay,
  component: 'RolePlay',
  view: () => import('./RolePlay.vue'),
})
