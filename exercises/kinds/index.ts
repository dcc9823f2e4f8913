/** Every exercise type's behaviour, by `type`. Views live in components/exercises/. */
import type { ExerciseKind } from '../contract.ts'
import type { ExerciseData, ExerciseType } from '../schema.ts'
import { quiz } from './quiz.ts'
import { singleChoice } from './single-choice.ts'

export const EXERCISE_KINDS: { [T in ExerciseType]: ExerciseKind<Extract<ExerciseData, { type: T }>, any> } = {
  'single-choice': singleChoice,
  'quiz': quiz,
  // ↑ one line per type; keep this comment as the insertion point
}
