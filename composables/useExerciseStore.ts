import type { ExerciseState } from '../exercises/contract.ts'
import { reactive } from 'vue'

/**
 * Exercise states, keyed by exercise id. The same slide is drawn several times at once
 * (slide, presenter, overview, print), so state belongs to the id, not to a component instance.
 */
export interface ExerciseStore {
  /** The state of exercise `id`, created with `init()` the first time it is asked for. */
  get: <R>(id: string, init: () => ExerciseState<R>) => ExerciseState<R>
  /** Replaces the state of exercise `id`. */
  set: <R>(id: string, state: ExerciseState<R>) => void
  /** Forgets every exercise state. */
  clear: () => void
  /** Ids of all exercises with a state. */
  ids: () => string[]
}

const states = reactive(new Map<string, ExerciseState>())

export const exerciseStore: ExerciseStore = {
  get<R>(id: string, init: () => ExerciseState<R>) {
    if (!states.has(id))
      states.set(id, init())
    return states.get(id) as ExerciseState<R>
  },
  set(id, state) {
    states.set(id, state)
  },
  clear() {
    states.clear()
  },
  ids: () => [
    ...states.keys(),
  ],
}

export function useExerciseStore(): ExerciseStore {
  return exerciseStore
}
