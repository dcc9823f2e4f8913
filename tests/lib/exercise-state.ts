/** An ExerciseState (exercises/contract.ts) for tests: checked once, not revealed, unless `flags` say otherwise. */
import type { ExerciseState } from '../../exercises/contract.ts'

/** `response` defaults to 'b' only when left out: an explicit `undefined` stays (to test bad states). */
export function exerciseState(id: string, type = 'single-choice', ...rest: [response?: unknown, flags?: Partial<ExerciseState>]): ExerciseState {
  const [response, flags] = rest.length > 0
    ? rest
    : ['b']
  return {
    v: 1,
    type,
    id,
    rv: 1,
    response,
    checked: true,
    revealed: false,
    attempts: 1,
    ...flags,
  }
}
