/** Texts of an exercise that reveal its answer, and so may appear in the facilitator guide but never in the workbook. */
import type { ExerciseData } from '../../exercises/schema.ts'

const ANSWER_KEYS = new Set([
  'rationale',
  'feedback',
  'debrief',
  'consequence',
  'modelAnswers',
  'back',
])

/** Answer-revealing strings (at least 8 characters, so short words shared with questions do not count). */
export function answerTexts(exercise: ExerciseData): string[] {
  const found: string[] = []
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key && ANSWER_KEYS.has(key) && value.replace(/\s/g, '').length >= 8)
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
