import type { MaybeRefOrGetter } from 'vue'
import type { RenderMode } from '../../composables/useRenderMode.ts'
import type { ExerciseKind } from '../contract.ts'
import type { ExerciseData, ExerciseType } from '../schema.ts'
import type { UseExerciseReturn } from './useExercise.ts'
import { useRenderMode } from '../../composables/useRenderMode.ts'
import { getExercise } from '../catalog.ts'
import { useExercise } from './useExercise.ts'

/** What every exercise view starts from. */
export interface UseExerciseViewReturn<Data, Response> {
  /** The exercise's data, looked up by id and checked to be of the view's type. */
  data: Data
  /** The shared contract (check, retry, show solution, persistence) for this exercise. */
  ex: UseExerciseReturn<Response>
  /** How to draw it: `live`, `print` or `key` (see useRenderMode). */
  mode: ReturnType<typeof useRenderMode>
}

/**
 * The opening lines of every exercise view in one call:
 * `const { data, ex, mode } = useExerciseView(props.id, 'single-choice', singleChoice, () => props.mode)`.
 */
export function useExerciseView<T extends ExerciseType, Response>(
  id: string,
  type: T,
  kind: ExerciseKind<Extract<ExerciseData, { type: T }>, Response>,
  mode: MaybeRefOrGetter<RenderMode | undefined>,
): UseExerciseViewReturn<Extract<ExerciseData, { type: T }>, Response> {
  const data = getExercise(id, type)
  return {
    data,
    ex: useExercise(kind, data),
    mode: useRenderMode(mode),
  }
}
