/** Every exercise type's behaviour, by `type`. Views live in components/exercises/. */
import type { ExerciseKind } from '../contract.ts'
import type { ExerciseData, ExerciseType } from '../schema.ts'
import { actionPlan } from './action-plan.ts'
import { flashcards } from './flashcards.ts'
import { matching } from './matching.ts'
import { multipleChoice } from './multiple-choice.ts'
import { ordering } from './ordering.ts'
import { quiz } from './quiz.ts'
import { rewrite } from './rewrite.ts'
import { scenario } from './scenario.ts'
import { selfAssessment } from './self-assessment.ts'
import { singleChoice } from './single-choice.ts'
import { trueFalse } from './true-false.ts'

export const EXERCISE_KINDS: { [T in ExerciseType]: ExerciseKind<Extract<ExerciseData, { type: T }>, any> } = {
  'single-choice': singleChoice,
  'quiz': quiz,
  'multiple-choice': multipleChoice,
  'true-false': trueFalse,
  'matching': matching,
  'ordering': ordering,
  'rewrite': rewrite,
  'action-plan': actionPlan,
  'flashcards': flashcards,
  'scenario': scenario,
  'self-assessment': selfAssessment,
  // ↑ one line per type; keep this comment as the insertion point
}
