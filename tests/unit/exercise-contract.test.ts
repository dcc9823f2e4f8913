/**
 * The exercise contract (exercises/contract.ts), checked for every registered type over every exercise the
 * kit ships (exercises/data): what a type's own tests check on hand-made data must also hold on the real data.
 */
import type { ExerciseKind } from '../../exercises/contract.ts'
import type { ExerciseData } from '../../exercises/registry.ts'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EXERCISE_TYPES } from '../../exercises/registry.ts'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { expectRestoredAfterCheck, expectScoresWithinMax, expectSolutionEarnsMax } from '../lib/contract-invariants.ts'

const exercises = [
  ...validateExerciseFiles(await loadExerciseFiles()).values(),
]
const MALFORMED: unknown[] = [
  null,
  undefined,
  42,
  'answer',
  [],
  { bogus: true },
]

describe('every registered exercise type', () => {
  for (const [type, definition] of Object.entries(EXERCISE_TYPES)) {
    const ofType = exercises.filter(exercise => exercise.type === type)
    const kind = definition.kind as ExerciseKind<ExerciseData, unknown>

    it(`${type}: is registered under its own name, with a view in its folder, and used by the kit's data`, () => {
      expect(kind.type).toBe(type)
      const folder = `exercises/types/${type}`
      expect(existsSync(`${folder}/${definition.component}.vue`), `${folder}/${definition.component}.vue`).toBe(true)
      expect(readFileSync(`${folder}/index.ts`, 'utf8')).toContain(`import('./${definition.component}.vue')`)
      expect(ofType.length, `no exercise of type ${type} in exercises/data`).toBeGreaterThan(0)
    })

    for (const data of ofType) {
      it(`${type} "${data.id}": empty and solution responses, scores within [0, max], save and restore, malformed responses rejected`, () => {
        const max = kind.maxScore(data)
        expect(Number.isInteger(max) && max >= 0).toBe(true)

        const empty = kind.emptyResponse(data)
        expect(kind.isResponse(data, JSON.parse(JSON.stringify(empty)))).toBe(true)
        expect(kind.isAnswered(data, empty)).toBe(false)

        const solution = expectSolutionEarnsMax(kind, data)
        expect(kind.isResponse(data, JSON.parse(JSON.stringify(solution)))).toBe(true)
        // A scored type's solution is a full answer; an unscored one (self-assessment) may have none to show.
        if (max > 0)
          expect(kind.isAnswered(data, solution)).toBe(true)
        expectScoresWithinMax(kind, data, [empty, solution])

        const restored = expectRestoredAfterCheck(kind, data, solution)
        expect(restored.score).toBe(max)
        const answered = kind.isAnswered(data, solution)
        expect(restored.status).toBe(max > 0
          ? 'correct'
          : answered
            ? 'answered'
            : 'unanswered')

        for (const value of MALFORMED)
          expect(kind.isResponse(data, value), `accepts ${JSON.stringify(value)}`).toBe(false)
      })
    }
  }

  it('every exercise in exercises/data has a registered type', () => {
    expect(exercises.filter(exercise => !(exercise.type in EXERCISE_TYPES)).map(exercise => exercise.id)).toEqual([])
    expect(new Set(Object.values(EXERCISE_TYPES).map(definition => definition.component)).size).toBe(Object.keys(EXERCISE_TYPES).length)
  })
})
