import type { ExerciseKind } from '../exercises/contract.ts'
/**
 * Each exercise's live state read through the one exercise contract (`useExercise` with its kind from
 * exercises/registry.ts), never from the DOM. One contract instance per id, shared by every reader.
 */
import type { UseExerciseReturn } from '../exercises/runtime/useExercise.ts'
import type { ExerciseData } from '../exercises/schema.ts'
import type { ExerciseResult } from './moduleScores.ts'
import { EXERCISES } from '../exercises/catalog.ts'
import { EXERCISE_TYPES } from '../exercises/registry.ts'
import { useExercise } from '../exercises/runtime/useExercise.ts'

export interface ExerciseEntry<D extends ExerciseData = ExerciseData, Response = unknown> {
  data: D
  ex: UseExerciseReturn<Response>
}

const entries = new Map<string, ExerciseEntry>()

/** The exercise `id` with its contract, or `undefined` for an unknown id. */
export function exerciseEntry(id: string): ExerciseEntry | undefined {
  if (!entries.has(id)) {
    const data = EXERCISES.get(id)
    if (!data)
      return undefined
    const kind = EXERCISE_TYPES[data.type].kind as ExerciseKind<ExerciseData, unknown>
    entries.set(id, {
      data,
      ex: useExercise(kind, data),
    })
  }
  return entries.get(id)
}

/** Score, maximum and whether it was checked (reactive when read inside a computed). */
export function exerciseResult(id: string): ExerciseResult {
  const entry = exerciseEntry(id)
  if (!entry)
    return { score: 0, maxScore: 0, done: false }
  return {
    score: entry.ex.score.value,
    maxScore: entry.ex.maxScore.value,
    done: entry.ex.checked.value,
  }
}
