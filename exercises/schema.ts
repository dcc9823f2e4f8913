/**
 * The schema of all exercise data, and the one function that validates a data file.
 * Errors name the file, the exercise and the field, e.g.
 *   exercises/data/01-why-it-matters.ts › exercise "why-check-1" › options: no option is marked correct: true
 */
import type { ExerciseBase } from './contract.ts'
import type { ExerciseData, ExerciseType } from './registry.ts'
import { EXERCISE_TYPES } from './registry.ts'

export type { ExerciseData, ExerciseType } from './registry.ts'

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
    const schema = EXERCISE_TYPES[type as ExerciseType]?.schema
    if (!schema) {
      problems.push(`${where} › type: unknown type ${JSON.stringify(type)}; known types: ${Object.keys(EXERCISE_TYPES).join(', ')}`)
      return
    }
    const result = schema.safeParse(item)
    if (result.success)
      exercises.push(result.data as ExerciseData)
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
  const lookup = (id: string): ExerciseBase | undefined => byId.get(id)
  for (const exercise of byId.values()) {
    const related = EXERCISE_TYPES[exercise.type].relatedProblems as ((e: ExerciseData, l: typeof lookup) => string[]) | undefined
    problems.push(...(related?.(exercise, lookup) ?? []).map(problem => `${fileOf.get(exercise.id)} › exercise "${exercise.id}" › ${problem}`))
  }
  if (problems.length)
    throw new ExerciseDataError(problems)
  return byId
}
