import type { ComputedRef } from 'vue'
import type { KitDeckCurriculum } from '../curriculum/clientCurriculum.ts'
import type { ModuleScore } from './moduleScores.ts'
import { computed } from 'vue'
import { useDeckCurriculum } from '../composables/useDeckCurriculum.ts'
import { useLearnerProgress } from '../composables/useLearnerProgress.ts'
import { deckExerciseIds, doneCount, moduleScores } from './moduleScores.ts'
import { exerciseResult } from './useExerciseResults.ts'

/** The learner's record for this deck, shared by the progress badge and the summary page. */
export interface UseLearningRecordReturn {
  /** The build-time curriculum of this deck. */
  deck: KitDeckCurriculum
  /** Slides seen in the play view. */
  slidesSeen: ComputedRef<number>
  /** Slides in the deck. */
  slidesTotal: ComputedRef<number>
  /** Exercises of the deck the learner has checked. */
  exercisesDone: ComputedRef<number>
  /** Exercises placed in the deck. */
  exercisesTotal: number
  /** Per-module scores (see moduleScores.ts). */
  modules: ComputedRef<ModuleScore[]>
}

export function useLearningRecord(): UseLearningRecordReturn {
  const deck = useDeckCurriculum()
  const progress = useLearnerProgress()
  const ids = deckExerciseIds(deck)
  return {
    deck,
    slidesSeen: computed(() => progress.seen.value.length),
    slidesTotal: computed(() => progress.total.value || deck.slides.length),
    exercisesDone: computed(() => doneCount(ids, exerciseResult)),
    exercisesTotal: ids.length,
    modules: computed(() => moduleScores(deck, exerciseResult)),
  }
}
