/**
 * Checks of the invariants every exercise kind must keep (docs/authoring-exercises.md), for the kinds'
 * unit tests. Each kind's test still brings its own data and responses, and its own cases.
 */
import type { ExerciseBase, ExerciseKind, ExerciseStatus } from '../../exercises/contract.ts'
import { expect } from 'vitest'
import { useExercise } from '../../exercises/runtime/useExercise.ts'

/** Every response scores within [0, max]. */
export function expectScoresWithinMax<Data extends ExerciseBase, Response>(kind: ExerciseKind<Data, Response>, data: Data, responses: Iterable<Response>): void {
  for (const response of responses) {
    const score = kind.score(data, response)
    expect(score).toBeGreaterThanOrEqual(0)
    expect(score).toBeLessThanOrEqual(kind.maxScore(data))
  }
}

/** The kind's solution earns full marks; returns it for the kind's own checks. */
export function expectSolutionEarnsMax<Data extends ExerciseBase, Response>(kind: ExerciseKind<Data, Response>, data: Data): Response {
  const solution = kind.solution(data)
  expect(kind.score(data, solution)).toBe(kind.maxScore(data))
  return solution
}

/**
 * Answers with `response` and checks it through the shared contract, then saves the state as JSON,
 * resets and restores it: the score and status must come back. Returns them for the kind's own checks.
 */
export function expectRestoredAfterCheck<Data extends ExerciseBase, Response>(kind: ExerciseKind<Data, Response>, data: Data, response: Response): { score: number, status: ExerciseStatus } {
  const ex = useExercise(kind, data)
  ex.reset()
  ex.respond(response)
  ex.check()
  const before = { score: ex.score.value, status: ex.status.value }
  const saved = JSON.parse(JSON.stringify(ex.serialize()))
  ex.reset()
  expect(ex.status.value).toBe('unanswered')
  expect(ex.restore(saved)).toBe(true)
  expect({ score: ex.score.value, status: ex.status.value }).toEqual(before)
  return before
}
