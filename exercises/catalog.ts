/**
 * All exercises of the kit, validated when the app loads (the build validates them too, see
 * scripts/lib/exercise-data.ts). Components look exercises up by id.
 */
import type { ExerciseData, ExerciseType } from './schema.ts'
import { validateExerciseFiles } from './schema.ts'

const modules = import.meta.glob<{ default: unknown }>('./data/*.ts', { eager: true })

export const EXERCISES: ReadonlyMap<string, ExerciseData> = validateExerciseFiles(
  Object.fromEntries(Object.entries(modules).map(([path, module]) => [`exercises/data/${path.slice('./data/'.length)}`, module.default])),
)

/** The exercise `id`, checked to be of `type`; throws a message an author can act on. */
export function getExercise<T extends ExerciseType>(id: string, type: T): Extract<ExerciseData, { type: T }> {
  const exercise = EXERCISES.get(id)
  if (!exercise)
    throw new Error(`Unknown exercise id "${id}". Define it in exercises/data/*.ts.`)
  if (exercise.type !== type)
    throw new Error(`Exercise "${id}" is a ${exercise.type} exercise, not ${type}.`)
  return exercise as Extract<ExerciseData, { type: T }>
}
