import type { ExerciseState } from '../contract.ts'
import type { ExercisePersistence } from './exercisePersistence.ts'
import { reactive } from 'vue'
import { defaultPersistence } from './exercisePersistence.ts'

/**
 * Exercise states, keyed by exercise id and saved as they change. The same slide is drawn several
 * times at once (slide, presenter, overview, print), so state belongs to the id, not to a component.
 */
export interface ExerciseStore {
  /**
   * The state of exercise `id`. The first time, a saved state is restored when `isValid` accepts it;
   * a saved state it rejects (corrupt, other version, other exercise) is dropped with a warning.
   */
  get: <R>(id: string, init: () => ExerciseState<R>, isValid: (saved: unknown) => boolean) => ExerciseState<R>
  /** Replaces (and saves) the state of exercise `id`. */
  set: <R>(id: string, state: ExerciseState<R>) => void
  /** Forgets every exercise state, saved ones included ("清除我的答案"). */
  clear: () => void
  /** Ids of all exercises with a state in memory. */
  ids: () => string[]
  /** Swaps where states are saved (tests, SCORM). Clears what is in memory. */
  usePersistence: (persistence: ExercisePersistence) => void
}

const states = reactive(new Map<string, ExerciseState>())
let persistence: ExercisePersistence = defaultPersistence()

export const exerciseStore: ExerciseStore = {
  get<R>(id: string, init: () => ExerciseState<R>, isValid: (saved: unknown) => boolean) {
    if (!states.has(id)) {
      const saved = persistence.load(id)
      if (saved !== undefined && isValid(saved)) {
        states.set(id, saved as ExerciseState)
      }
      else {
        if (saved !== undefined) {
          console.warn(`[exercise ${id}] dropped a saved answer from another version or in a damaged state`)
          persistence.remove(id)
        }
        states.set(id, init())
      }
    }
    return states.get(id) as ExerciseState<R>
  },
  set(id, state) {
    states.set(id, state)
    persistence.save(id, state)
  },
  clear() {
    states.clear()
    persistence.clearAll()
  },
  ids: () => [
    ...states.keys(),
  ],
  usePersistence(next) {
    states.clear()
    persistence = next
  },
}

export function useExerciseStore(): ExerciseStore {
  return exerciseStore
}
