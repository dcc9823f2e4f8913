/**
 * Every exercise type of the kit by `type`, from the one-line-per-type list in `exercises/types/index.ts`.
 * The union of all data shapes (`ExerciseData`) and type names (`ExerciseType`) is derived from it.
 */
import type { z } from 'zod'
import type { ExerciseTypeDefinition } from './contract.ts'
import * as types from './types/index.ts'

type Registered = (typeof types)[keyof typeof types]

/** The data of any exercise, as validated by its type's schema. */
export type ExerciseData = Registered extends infer T ? T extends ExerciseTypeDefinition<infer S, any> ? z.infer<S> : never : never
/** Every exercise type name, e.g. `single-choice`. */
export type ExerciseType = ExerciseData['type']

/** A registered type's definition, with its own data shape. */
export type ExerciseTypeOf<T extends ExerciseType> = ExerciseTypeDefinition<z.ZodType<Extract<ExerciseData, { type: T }>>, any>

export const EXERCISE_TYPES = Object.fromEntries(
  Object.values(types).map(definition => [definition.kind.type, definition]),
) as unknown as { readonly [T in ExerciseType]: ExerciseTypeOf<T> }

/** The type definition of `type`, or `undefined` when no such type is registered. */
export function exerciseType(type: string): ExerciseTypeDefinition | undefined {
  return (EXERCISE_TYPES as Record<string, ExerciseTypeDefinition>)[type]
}

/** The view component names of every type (`SingleChoice`, …), as written in slides. */
export const EXERCISE_COMPONENTS: readonly string[] = Object.values(EXERCISE_TYPES).map(definition => definition.component)
