/**
 * The learner record round-trips the answers of every exercise type through `cmi.suspend_data`, and the
 * unscored types (whose answers are dropped first when space runs out) are exactly those with maxScore 0.
 */
import type { ExerciseKind } from '../exercises/contract.ts'
import type { ExerciseData } from '../exercises/schema.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { EXERCISE_TYPES } from '../exercises/registry.ts'
import { useExercise } from '../exercises/runtime/useExercise.ts'
import { exerciseStore } from '../exercises/runtime/useExerciseStore.ts'
import { validateExerciseFiles } from '../exercises/schema.ts'
import { loadExerciseFiles } from '../scripts/lib/exercise-data.ts'
import { decodeSuspendData, defaultExercisePriority, encodeSuspendData, UNSCORED_EXERCISE_TYPES } from './suspendData.ts'

const all = validateExerciseFiles(await loadExerciseFiles())

function kindOf(data: ExerciseData): ExerciseKind<ExerciseData, unknown> {
  return EXERCISE_TYPES[data.type].kind as ExerciseKind<ExerciseData, unknown>
}

function exercise<T extends ExerciseData['type']>(id: string, type: T): Extract<ExerciseData, { type: T }> {
  const data = all.get(id)
  if (data?.type !== type)
    throw new Error(`${id} is not a ${type} exercise`)
  return data as Extract<ExerciseData, { type: T }>
}

/** Answers `data` with `response` and checks it; returns the saved state. */
function answered(data: ExerciseData, response: unknown): unknown {
  const ex = useExercise(kindOf(data), data)
  ex.reset()
  ex.respond(response)
  ex.check()
  return ex.serialize()
}

/** Encodes the states, decodes them and restores each into a fresh contract: the responses come back. */
function roundTrip(states: Record<string, unknown>, limit?: number): Record<string, unknown> {
  const text = encodeSuspendData({
    slide: 3,
    seen: [1, 2, 3],
    completed: false,
    exercises: states,
  }, '1.2', { limit })
  expect(text).toMatch(/^[\x20-\x7E]*$/)
  const decoded = decodeSuspendData(text)!
  exerciseStore.clear()
  const restored: Record<string, unknown> = {}
  for (const [id, state] of Object.entries(decoded.exercises)) {
    const data = all.get(id)!
    const ex = useExercise(kindOf(data), data)
    expect(ex.restore(state), id).toBe(true)
    expect(ex.checked.value).toBe(true)
    restored[id] = ex.response.value
  }
  return restored
}

afterEach(() => exerciseStore.clear())

describe('suspend data and the exercise types', () => {
  it('lists as unscored exactly the types whose exercises all have max score 0', () => {
    const byType = new Map<string, number[]>()
    for (const data of all.values()) {
      byType.set(data.type, [
        ...(byType.get(data.type) ?? []),
        kindOf(data).maxScore(data),
      ])
    }
    const unscored = [...byType].filter(([, maxima]) => maxima.every(max => max === 0)).map(([type]) => type).sort()
    expect([...UNSCORED_EXERCISE_TYPES].sort()).toEqual(unscored)
  })

  it('round-trips a role-play observation and a course survey, Chinese text and all', () => {
    const roleplay = exercise('m6-roleplay-noise', 'role-play')
    const survey = exercise('course-survey', 'course-survey')
    const observation = {
      checked: [roleplay.checklist[0]!.id, roleplay.checklist[2]!.id],
      notes: '“您先坐，慢慢说”\n很管用 <b>😀',
    }
    const opinion = {
      ratings: Object.fromEntries(survey.ratings.map((item, i) => [item.id, (i % 5) + 1])),
      answers: { [survey.questions[0]!.id]: '多一些真实案例，比如 12345 工单。' },
    }
    expect(roundTrip({
      [roleplay.id]: answered(roleplay, observation),
      [survey.id]: answered(survey, opinion),
    })).toEqual({
      [roleplay.id]: observation,
      [survey.id]: opinion,
    })
  })

  it('drops the role-play and the survey before any scored answer when space runs out', () => {
    const roleplay = exercise('m6-roleplay-noise', 'role-play')
    const survey = exercise('course-survey', 'course-survey')
    const scored = [
      ...all.values(),
    ].find(data => data.type === 'single-choice')!
    const states = {
      [survey.id]: answered(survey, {
        ratings: { [survey.ratings[0]!.id]: 4 },
        answers: {},
      }),
      [scored.id]: answered(scored, kindOf(scored).solution(scored)),
      [roleplay.id]: answered(roleplay, {
        checked: [],
        notes: '记'.repeat(200),
      }),
    }
    for (const [id, state] of Object.entries(states)) {
      expect(defaultExercisePriority(id, state)).toBe(id === scored.id
        ? 1
        : 0)
    }
    const onlyScored = encodeSuspendData({
      slide: 3,
      seen: [1, 2, 3],
      completed: false,
      exercises: { [scored.id]: states[scored.id] },
    }, '1.2').length
    expect(Object.keys(roundTrip(states, onlyScored))).toEqual([scored.id])
  })
})
