import type { ExerciseState } from '../contract.ts'
import type { ExercisePersistence } from './exercisePersistence.ts'
import { reactive, ref } from 'vue'
import { room } from '../../composables/useRoom.ts'
import { defaultPersistence } from './exercisePersistence.ts'

/**
 * Exercise states, keyed by exercise id and saved as they change. The same slide is drawn several
 * times at once (slide, presenter, overview, print), so state belongs to the id, not to a component;
 * and it is shared with the deck's other windows (composables/useRoom.ts). Only the window where a
 * change is made saves it: a state received from another window is shown, never written again.
 */
export interface ExerciseStore {
  /**
   * The state of exercise `id`. The first time, a saved state is restored when `isValid` accepts it;
   * a saved state it rejects (corrupt, other version, other exercise) is dropped with a warning.
   */
  get: <R>(id: string, init: () => ExerciseState<R>, isValid: (saved: unknown) => boolean) => ExerciseState<R>
  /** Replaces (and saves) the state of exercise `id`. */
  set: <R>(id: string, state: ExerciseState<R>) => void
  /** Forgets every exercise state, saved ones included, in every window ("清除我的答案"). */
  clear: () => void
  /** Ids of all exercises with a state in memory (read or changed). */
  ids: () => string[]
  /** Swaps where states are saved (tests, SCORM). Clears what is in memory. */
  usePersistence: (persistence: ExercisePersistence) => void
}

/** States changed in this page (reactive: every reader sees a change). */
const states = reactive(new Map<string, ExerciseState>())
/**
 * States read before any change: restored from persistence or fresh. `get` runs inside computed getters
 * (useExercise), so it must not write reactive state; first reads are cached here, outside reactivity.
 */
const firstReads = new Map<string, ExerciseState>()
/** Bumped when memory is dropped (clear, another persistence), so that every reader reads again. */
const generation = ref(0)
let persistence: ExercisePersistence = defaultPersistence()
/** Set once another window cleared the answers: what this window saved before is stale too. */
let clearedElsewhere = false
let clearsSeen = 0

/** Shows what another window changed, without saving it (that window has). */
room.onRemote((shared) => {
  if (shared.clears !== clearsSeen) {
    clearsSeen = shared.clears
    clearedElsewhere = true
    forgetMemory()
  }
  for (const [id, state] of Object.entries(shared.exercises)) {
    if (state === null)
      states.delete(id)
    else if (JSON.stringify(states.get(id)) !== JSON.stringify(state))
      states.set(id, state as ExerciseState)
  }
})

function firstRead(id: string, init: () => ExerciseState, isValid: (saved: unknown) => boolean): ExerciseState {
  const saved = clearedElsewhere
    ? undefined
    : persistence.load(id)
  if (saved !== undefined && isValid(saved))
    return saved as ExerciseState
  if (saved !== undefined) {
    console.warn(`[exercise ${id}] dropped a saved answer from another version or in a damaged state`)
    persistence.remove(id)
  }
  return init()
}

function forgetMemory(): void {
  states.clear()
  firstReads.clear()
  generation.value++
}

export const exerciseStore: ExerciseStore = {
  get<R>(id: string, init: () => ExerciseState<R>, isValid: (saved: unknown) => boolean) {
    void generation.value
    const changed = states.get(id)
    if (changed)
      return changed as ExerciseState<R>
    let first = firstReads.get(id)
    if (!first) {
      first = firstRead(id, init as () => ExerciseState, isValid)
      firstReads.set(id, first)
    }
    return first as ExerciseState<R>
  },
  set(id, state) {
    firstReads.delete(id)
    states.set(id, state)
    persistence.save(id, state)
    room.put('exercises', id, state)
  },
  clear() {
    forgetMemory()
    persistence.clearAll()
    clearsSeen = room.state().clears + 1
    room.clear()
  },
  ids: () => [
    ...new Set([
      ...firstReads.keys(),
      ...states.keys(),
    ]),
  ],
  usePersistence(next) {
    clearedElsewhere = false
    persistence = next
    forgetMemory()
  },
}

export function useExerciseStore(): ExerciseStore {
  return exerciseStore
}
