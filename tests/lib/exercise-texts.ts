/** Texts of an exercise that reveal its answer, and so may appear in the facilitator guide but never in the workbook. */
import type { ExerciseData } from '../../exercises/schema.ts'

const ANSWER_KEYS = [
  'rationale',
  'feedback',
  'debrief',
  'consequence',
  'modelAnswers',
  'back',
]

/**
 * Answer-revealing strings under `keys` (default: every answer field), at least 8 characters long so
 * short words shared with questions do not count.
 */
export function answerTexts(exercise: ExerciseData, keys: readonly string[] = ANSWER_KEYS): string[] {
  const wanted = new Set(keys)
  const found: string[] = []
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key && wanted.has(key) && value.replace(/\s/g, '').length >= 8)
        found.push(value)
    }
    else if (Array.isArray(value)) {
      value.forEach(item => walk(item, key))
    }
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        walk(v, k)
    }
  }
  walk(exercise)
  return found
}
