/**
 * The schema of all exercise data, and the one function that validates a data file.
 * Errors name the file, the exercise and the field, e.g.
 *   exercises/data/01-why-it-matters.ts › exercise "why-check-1" › options: no option is marked correct: true
 */
import type { z } from 'zod'
import { actionPlanSchema } from './kinds/action-plan.ts'
import { flashcardsSchema } from './kinds/flashcards.ts'
import { matchingSchema } from './kinds/matching.ts'
import { multipleChoiceSchema } from './kinds/multiple-choice.ts'
import { orderingSchema } from './kinds/ordering.ts'
import { comparisonProblems, quizSchema } from './kinds/quiz.ts'
import { rewriteSchema } from './kinds/rewrite.ts'
import { scenarioSchema } from './kinds/scenario.ts'
import { selfAssessmentSchema } from './kinds/self-assessment.ts'
import { singleChoiceSchema } from './kinds/single-choice.ts'
import { trueFalseSchema } from './kinds/true-false.ts'

/** Every exercise type's data schema, by `type`. Add a type here and in `kinds/index.ts`. */
export const EXERCISE_SCHEMAS = {
  'single-choice': singleChoiceSchema,
  'quiz': quizSchema,
  'multiple-choice': multipleChoiceSchema,
  'true-false': trueFalseSchema,
  'matching': matchingSchema,
  'ordering': orderingSchema,
  'rewrite': rewriteSchema,
  'action-plan': actionPlanSchema,
  'flashcards': flashcardsSchema,
  'scenario': scenarioSchema,
  'self-assessment': selfAssessmentSchema,
  // ↑ one line per type; keep this comment as the insertion point
} as const

export type ExerciseType = keyof typeof EXERCISE_SCHEMAS
export type ExerciseData = z.infer<(typeof EXERCISE_SCHEMAS)[ExerciseType]>

export class ExerciseDataError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`Invalid exercise data:\n  ${problems.join('\n  ')}`)
    this.name = 'ExerciseDataError'
    this.problems = problems
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number'
    ? `${out}[${key}]`
    : out
      ? `${out}.${String(key)}`
      : String(key)), '')
}

function labelOf(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id
  return typeof id === 'string' && id
    ? `exercise "${id}"`
    : `exercise #${index + 1} (no id)`
}

/** Validates one data file's default export (an array of exercises). Returns problems, or [] when valid. */
export function validateExerciseFile(file: string, value: unknown): { exercises: ExerciseData[], problems: string[] } {
  if (!Array.isArray(value)) {
    return {
      exercises: [],
      problems: [`${file}: the default export must be an array of exercises`],
    }
  }
  const exercises: ExerciseData[] = []
  const problems: string[] = []
  value.forEach((item, index) => {
    const where = `${file} › ${labelOf(item, index)}`
    const type = (item as { type?: unknown } | null)?.type
    const schema = EXERCISE_SCHEMAS[type as ExerciseType]
    if (!schema) {
      problems.push(`${where} › type: unknown type ${JSON.stringify(type)}; known types: ${Object.keys(EXERCISE_SCHEMAS).join(', ')}`)
      return
    }
    const result = schema.safeParse(item)
    if (result.success)
      exercises.push(result.data)
    else
      problems.push(...result.error.issues.map(issue => `${where} › ${formatPath(issue.path) || '(root)'}: ${issue.message}`))
  })
  return { exercises, problems }
}

/** Validates all data files together: each file, then ids unique across the kit. Throws on any problem. */
export function validateExerciseFiles(files: Record<string, unknown>): Map<string, ExerciseData> {
  const byId = new Map<string, ExerciseData>()
  const fileOf = new Map<string, string>()
  const problems: string[] = []
  for (const [file, value] of Object.entries(files)) {
    const result = validateExerciseFile(file, value)
    problems.push(...result.problems)
    for (const exercise of result.exercises) {
      const first = fileOf.get(exercise.id)
      if (first)
        problems.push(`${file} › exercise "${exercise.id}" › id: duplicate id, already used in ${first}`)
      else
        byId.set(exercise.id, exercise)
      fileOf.set(exercise.id, first ?? file)
    }
  }
  for (const exercise of byId.values()) {
    if (exercise.type === 'quiz' && exercise.compareWith) {
      const pre = byId.get(exercise.compareWith)
      problems.push(...comparisonProblems(exercise, pre?.type === 'quiz'
        ? pre
        : undefined)
        .map(problem => `${fileOf.get(exercise.id)} › exercise "${exercise.id}" › ${problem}`))
    }
  }
  if (problems.length)
    throw new ExerciseDataError(problems)
  return byId
}
