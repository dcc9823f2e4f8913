/**
 * The one contract every exercise type implements (in the spirit of H5P's question-type contract).
 * A type supplies only pure functions over its data and its learner response; checking, retrying,
 * revealing, resetting, serializing and every button state come from `useExercise`.
 */

import type { Component } from 'vue'
import type { z } from 'zod'

/** What the exercise root reports as `data-state`. */
export type ExerciseStatus = 'unanswered' | 'answered' | 'correct' | 'partial' | 'incorrect' | 'revealed'

/** Fields every exercise's data has, whatever its type. */
export interface ExerciseBase {
  /** Unique across the kit; also the storage key. Lowercase, digits and dashes. */
  id: string
  type: string
  /** Short title shown above the exercise and in handouts. */
  title: string
}

export interface ExerciseKind<Data extends ExerciseBase, Response> {
  type: Data['type']
  /** Bumped whenever the response shape changes; saved states of other versions are dropped. */
  responseVersion: number
  /** The response of a learner who has not done anything yet. */
  emptyResponse: (data: Data) => Response
  /** Whether the learner has given enough of an answer to check. */
  isAnswered: (data: Data, response: Response) => boolean
  /** Points earned, always within [0, maxScore]. A type with maxScore 0 is unscored. */
  score: (data: Data, response: Response) => number
  maxScore: (data: Data) => number
  /** The response that earns full marks (shown by "查看答案"). */
  solution: (data: Data) => Response
  /** Validates a response read back from storage. */
  isResponse: (data: Data, value: unknown) => value is Response
}

/** Serializable state of one exercise, versioned so old or corrupt data is recognised. */
export interface ExerciseState<Response = unknown> {
  /** Version of this envelope. */
  v: 1
  type: string
  id: string
  /** The type's `responseVersion` when the state was written. */
  rv: number
  response: Response
  checked: boolean
  revealed: boolean
  /** How many times the learner checked an answer (kept by retry, cleared by reset). */
  attempts: number
}

export const STATE_VERSION = 1 as const

/** Derives the reported status from the response and the flags. */
export function statusOf(flags: { answered: boolean, checked: boolean, revealed: boolean, score: number, maxScore: number }): ExerciseStatus {
  if (flags.revealed)
    return 'revealed'
  if (!flags.answered)
    return 'unanswered'
  // Unscored types (self-assessment, reflection) have no right answer: checked is simply answered.
  if (!flags.checked || flags.maxScore === 0)
    return 'answered'
  if (flags.score >= flags.maxScore)
    return 'correct'
  return flags.score > 0
    ? 'partial'
    : 'incorrect'
}

/** Clamps a type's score into [0, max], so a buggy type can never break the invariant. */
export function clampScore(score: number, max: number): number {
  if (!Number.isFinite(score))
    return 0
  return Math.min(Math.max(score, 0), max)
}

/**
 * One exercise type, as registered in `exercises/types/index.ts`: its data schema, its pure behaviour
 * (`kind`) and its view. Each type lives in its own folder `exercises/types/<type>/`:
 * `kind.ts` (schema + kind), `<View>.vue` (live, print and key renderings) and `index.ts` (this definition).
 */
export interface ExerciseTypeDefinition<Schema extends z.ZodType<ExerciseBase> = z.ZodType<ExerciseBase>, Response = any> {
  /** Validates the type's data; errors name the field. */
  schema: Schema
  kind: ExerciseKind<z.infer<Schema>, Response>
  /** The view's component name, as written in slides: `<SingleChoice id="…" />`. */
  component: string
  /** The view, loaded when an exercise of this type is first drawn. */
  view: () => Promise<{ default: Component }>
  /**
   * Problems that involve other exercises (e.g. a post-test and the pre-test it names), checked once every
   * file is valid. `lookup` finds any exercise of the kit by id.
   */
  relatedProblems?: (exercise: z.infer<Schema>, lookup: (id: string) => ExerciseBase | undefined) => string[]
}

/** Typed identity for `exercises/types/<type>/index.ts`, so the schema, kind and view agree. */
export function defineExerciseType<Schema extends z.ZodType<ExerciseBase>, Response>(
  definition: ExerciseTypeDefinition<Schema, Response>,
): ExerciseTypeDefinition<Schema, Response> {
  return definition
}
