import type { ComputedRef } from 'vue'
import type { ExerciseBase, ExerciseKind, ExerciseState, ExerciseStatus } from '../contract.ts'
import type { ExerciseStore } from './useExerciseStore.ts'
import { computed } from 'vue'
import { clampScore, STATE_VERSION, statusOf } from '../contract.ts'
import { useExerciseStore } from './useExerciseStore.ts'

/** The plumbing every exercise view shares: one contract, whatever the type. */
export interface UseExerciseReturn<Response> {
  /** The learner's current response (read-only; change it with `respond`). */
  response: ComputedRef<Response>
  /** What the view shows: the solution once revealed, otherwise the learner's response. */
  shown: ComputedRef<Response>
  /** Points the learner's response earns, within [0, maxScore]. */
  score: ComputedRef<number>
  maxScore: ComputedRef<number>
  /** Whether the learner has answered enough to check. */
  answered: ComputedRef<boolean>
  /** Whether the response was checked (feedback is showing). */
  checked: ComputedRef<boolean>
  /** Whether the solution is showing. */
  revealed: ComputedRef<boolean>
  /** `unanswered | answered | correct | partial | incorrect | revealed`, for `data-state`. */
  status: ComputedRef<ExerciseStatus>
  /** Whether the inputs accept changes (not after checking or revealing). */
  editable: ComputedRef<boolean>
  canCheck: ComputedRef<boolean>
  canRetry: ComputedRef<boolean>
  canShowSolution: ComputedRef<boolean>
  /** Replaces the learner's response (ignored while not editable). */
  respond: (response: Response) => void
  /** Shows feedback for the current response. */
  check: () => void
  /** Clears the response and feedback for another attempt (the attempt count is kept). */
  retry: () => void
  /** Shows the solution; the learner's own score is kept. */
  showSolution: () => void
  /** Back to the initial state, attempts included. */
  reset: () => void
  /** A JSON-safe copy of the state. */
  serialize: () => ExerciseState<Response>
  /** Restores a saved state; returns false (and warns) when it is not a valid state of this exercise. */
  restore: (saved: unknown) => boolean
}

export function freshState<Data extends ExerciseBase, Response>(kind: ExerciseKind<Data, Response>, data: Data): ExerciseState<Response> {
  return {
    v: STATE_VERSION,
    type: kind.type,
    id: data.id,
    rv: kind.responseVersion,
    response: kind.emptyResponse(data),
    checked: false,
    revealed: false,
    attempts: 0,
  }
}

/** Whether `saved` is a valid state for this exercise (envelope, versions and response shape). */
export function isValidState<Data extends ExerciseBase, Response>(kind: ExerciseKind<Data, Response>, data: Data, saved: unknown): saved is ExerciseState<Response> {
  if (typeof saved !== 'object' || saved === null)
    return false
  const s = saved as Partial<ExerciseState>
  return s.v === STATE_VERSION && s.type === kind.type && s.id === data.id && s.rv === kind.responseVersion
    && typeof s.checked === 'boolean' && typeof s.revealed === 'boolean'
    && Number.isInteger(s.attempts) && (s.attempts as number) >= 0
    && kind.isResponse(data, s.response)
}

export function useExercise<Data extends ExerciseBase, Response>(
  kind: ExerciseKind<Data, Response>,
  data: Data,
  store: ExerciseStore = useExerciseStore(),
): UseExerciseReturn<Response> {
  const state = computed(() => store.get(data.id, () => freshState(kind, data), saved => isValidState(kind, data, saved)))
  const replace = (next: Partial<ExerciseState<Response>>) => store.set(data.id, {
    ...state.value,
    ...next,
  })

  const response = computed(() => state.value.response)
  const maxScore = computed(() => kind.maxScore(data))
  const score = computed(() => clampScore(kind.score(data, response.value), maxScore.value))
  const answered = computed(() => kind.isAnswered(data, response.value))
  const checked = computed(() => state.value.checked)
  const revealed = computed(() => state.value.revealed)
  const solution = computed(() => kind.solution(data))
  const editable = computed(() => !checked.value && !revealed.value)

  return {
    response,
    shown: computed(() => (revealed.value ? solution.value : response.value)),
    score,
    maxScore,
    answered,
    checked,
    revealed,
    status: computed(() => statusOf({
      answered: answered.value,
      checked: checked.value,
      revealed: revealed.value,
      score: score.value,
      maxScore: maxScore.value,
    })),
    editable,
    canCheck: computed(() => editable.value && answered.value),
    canRetry: computed(() => checked.value || revealed.value),
    canShowSolution: computed(() => !revealed.value),
    respond(next) {
      if (editable.value)
        replace({ response: next })
    },
    check() {
      if (editable.value && answered.value)
        replace({ checked: true, attempts: state.value.attempts + 1 })
    },
    retry() {
      store.set(data.id, {
        ...freshState(kind, data),
        attempts: state.value.attempts,
      })
    },
    showSolution() {
      replace({ revealed: true })
    },
    reset() {
      store.set(data.id, freshState(kind, data))
    },
    serialize: () => JSON.parse(JSON.stringify(state.value)) as ExerciseState<Response>,
    restore(saved) {
      if (!isValidState(kind, data, saved)) {
        console.warn(`[exercise ${data.id}] ignored a saved state that does not match this exercise or version`)
        return false
      }
      store.set(data.id, JSON.parse(JSON.stringify(saved)) as ExerciseState<Response>)
      return true
    },
  }
}
