/** Flashcards: recall, rated known / again (unscored). */
import { defineExerciseType } from '../../contract.ts'
import { flashcards, flashcardsSchema } from './kind.ts'

export default defineExerciseType({
  schema: flashcardsSchema,
  kind: flashcards,
  component: 'Flashcards',
  view: () => import('./Flashcards.vue'),
})
