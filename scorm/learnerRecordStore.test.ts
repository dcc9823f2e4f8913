import type { ExerciseState } from '../exercises/contract.ts'
import type { LearnerRecord } from './suspendData.ts'
import { describe, expect, it, vi } from 'vitest'
import { exerciseState } from '../tests/lib/exercise-state.ts'
import { createLearnerRecordStore, emptyLearnerRecord } from './learnerRecordStore.ts'

const DECK = '样例课程'

function initialRecord(): LearnerRecord {
  return {
    slide: 7,
    seen: [1, 2, 3, 7],
    completed: false,
    exercises: {
      q1: exerciseState('q1'),
      q2: exerciseState('q2', 'single-choice', {
        selected: ['a'],
      }),
    },
  }
}

function store(initial?: LearnerRecord) {
  const onChange = vi.fn<() => void>()
  return {
    onChange,
    ...createLearnerRecordStore(initial, DECK, onChange),
  }
}

describe('learner record store', () => {
  it('starts from an empty record without an initial one', () => {
    const s = store()
    expect(s.snapshot()).toEqual(emptyLearnerRecord())
    expect(s.snapshot()).toEqual({
      slide: 0,
      seen: [],
      exercises: {},
      completed: false,
    })
    expect(s.exercises.load('q1')).toBeUndefined()
    expect(s.progress.load(DECK)).toBeUndefined()
    expect(s.onChange).not.toHaveBeenCalled()
  })

  it('starts from a copy of the initial record', () => {
    const initial = initialRecord()
    const s = store(initial)
    expect(s.snapshot()).toEqual(initialRecord())
    expect(s.exercises.load('q2')).toEqual(exerciseState('q2', 'single-choice', {
      selected: ['a'],
    }))
    initial.slide = 99
    initial.seen.push(99)
    ;(initial.exercises.q1 as ExerciseState).response = 'c'
    delete initial.exercises.q2
    expect(s.snapshot()).toEqual(initialRecord())
    expect(s.onChange).not.toHaveBeenCalled()
  })

  it('gives snapshots that are copies', () => {
    const s = store(initialRecord())
    const snapshot = s.snapshot()
    snapshot.seen.push(50)
    snapshot.completed = true
    ;(snapshot.exercises.q1 as ExerciseState).checked = false
    expect(s.snapshot()).toEqual(initialRecord())
  })
})

describe('exercise persistence of the record', () => {
  it('saves, loads and removes exercise states, calling onChange on each change', () => {
    const s = store()
    s.exercises.save('q1', exerciseState('q1'))
    expect(s.onChange).toHaveBeenCalledTimes(1)
    expect(s.exercises.load('q1')).toEqual(exerciseState('q1'))
    s.exercises.save('q1', exerciseState('q1', 'single-choice', 'c'))
    expect(s.onChange).toHaveBeenCalledTimes(2)
    expect(s.exercises.load('q1')).toEqual(exerciseState('q1', 'single-choice', 'c'))
    s.exercises.remove('q1')
    expect(s.onChange).toHaveBeenCalledTimes(3)
    expect(s.exercises.load('q1')).toBeUndefined()
    expect(s.snapshot().exercises).toEqual({})
  })

  it('does not report a change when removing an exercise it does not hold', () => {
    const s = store(initialRecord())
    s.exercises.remove('unknown')
    expect(s.onChange).not.toHaveBeenCalled()
    expect(s.snapshot()).toEqual(initialRecord())
  })

  it('does not find inherited properties as exercises', () => {
    const s = store()
    expect(s.exercises.load('toString')).toBeUndefined()
    expect(s.exercises.load('constructor')).toBeUndefined()
  })

  it('clears every exercise state and keeps progress and completion', () => {
    const s = store(initialRecord())
    s.markCompleted()
    s.onChange.mockClear()
    s.exercises.clearAll()
    expect(s.onChange).toHaveBeenCalledTimes(1)
    expect(s.exercises.load('q1')).toBeUndefined()
    expect(s.exercises.load('q2')).toBeUndefined()
    expect(s.snapshot()).toEqual({
      slide: 7,
      seen: [1, 2, 3, 7],
      completed: true,
      exercises: {},
    })
  })

  it('keeps exercises oldest answered first: saving moves an exercise to the end', () => {
    const s = store(initialRecord())
    s.exercises.save('q3', exerciseState('q3'))
    expect(Object.keys(s.snapshot().exercises)).toEqual(['q1', 'q2', 'q3'])
    s.exercises.save('q1', exerciseState('q1', 'single-choice', 'a'))
    expect(Object.keys(s.snapshot().exercises)).toEqual(['q2', 'q3', 'q1'])
    s.exercises.save('q3', exerciseState('q3', 'single-choice', 'a'))
    expect(Object.keys(s.snapshot().exercises)).toEqual(['q2', 'q1', 'q3'])
  })

  it('stores plain copies: changing what was saved or loaded does not change the record', () => {
    const s = store()
    const saved = exerciseState('q1', 'single-choice', {
      selected: ['a'],
    })
    s.exercises.save('q1', saved)
    saved.checked = false
    ;(saved.response as { selected: string[] }).selected.push('b')
    expect(s.exercises.load('q1')).toEqual(exerciseState('q1', 'single-choice', {
      selected: ['a'],
    }))

    const loaded = s.exercises.load('q1') as ExerciseState<{ selected: string[] }>
    loaded.response.selected.push('c')
    loaded.attempts = 5
    expect(s.exercises.load('q1')).toEqual(exerciseState('q1', 'single-choice', {
      selected: ['a'],
    }))
    expect(s.snapshot().exercises.q1).toEqual(exerciseState('q1', 'single-choice', {
      selected: ['a'],
    }))
  })

  it('stores plain data: what JSON cannot hold is dropped', () => {
    const s = store()
    s.exercises.save('q1', {
      ...exerciseState('q1'),
      extra: undefined,
      method: () => 1,
    })
    expect(s.exercises.load('q1')).toEqual(exerciseState('q1'))
    expect(Object.keys(s.exercises.load('q1') as object)).not.toContain('extra')
  })
})

describe('progress persistence of the record', () => {
  it('loads nothing until a slide is recorded', () => {
    const s = store({
      ...emptyLearnerRecord(),
      seen: [1, 2],
    })
    expect(s.progress.load(DECK)).toBeUndefined()
  })

  it('loads the record as a progress record of the deck', () => {
    const s = store(initialRecord())
    expect(s.progress.load(DECK)).toEqual({
      v: 1,
      deck: DECK,
      slide: 7,
      seen: [1, 2, 3, 7],
    })
  })

  it('saves the slide and the slides seen, and loads them back as copies', () => {
    const s = store()
    const seen = [1, 2, 4]
    s.progress.save({ v: 1, deck: DECK, slide: 4, seen })
    expect(s.onChange).toHaveBeenCalledTimes(1)
    seen.push(5)
    const loaded = s.progress.load(DECK) as { seen: number[] }
    expect(loaded).toEqual({
      v: 1,
      deck: DECK,
      slide: 4,
      seen: [1, 2, 4],
    })
    loaded.seen.push(6)
    expect(s.progress.load(DECK)).toEqual({
      v: 1,
      deck: DECK,
      slide: 4,
      seen: [1, 2, 4],
    })
    expect(s.snapshot()).toMatchObject({
      slide: 4,
      seen: [1, 2, 4],
    })
  })

  it('drops a collapsed seenCount once progress is saved', () => {
    const s = store({
      ...initialRecord(),
      seen: [],
      seenCount: 40,
    })
    expect(s.snapshot().seenCount).toBe(40)
    s.progress.save({
      v: 1,
      deck: DECK,
      slide: 8,
      seen: [8],
    })
    const snapshot = s.snapshot()
    expect(snapshot).not.toHaveProperty('seenCount')
    expect(snapshot).toMatchObject({
      slide: 8,
      seen: [8],
    })
  })

  it('removes progress, seenCount included, and keeps exercises and completion', () => {
    const s = store({
      ...initialRecord(),
      seenCount: 40,
    })
    s.markCompleted()
    s.onChange.mockClear()
    s.progress.remove(DECK)
    expect(s.onChange).toHaveBeenCalledTimes(1)
    expect(s.progress.load(DECK)).toBeUndefined()
    const snapshot = s.snapshot()
    expect(snapshot).toEqual({
      slide: 0,
      seen: [],
      completed: true,
      exercises: initialRecord().exercises,
    })
    expect(snapshot).not.toHaveProperty('seenCount')
  })
})

describe('completion', () => {
  it('is sticky and reports the change once', () => {
    const s = store()
    s.markCompleted()
    s.markCompleted()
    expect(s.onChange).toHaveBeenCalledTimes(1)
    expect(s.snapshot().completed).toBe(true)
    s.exercises.clearAll()
    s.progress.remove(DECK)
    expect(s.snapshot().completed).toBe(true)
  })

  it('does not report a change for a record that was already completed', () => {
    const s = store({
      ...initialRecord(),
      completed: true,
    })
    s.markCompleted()
    expect(s.onChange).not.toHaveBeenCalled()
    expect(s.snapshot().completed).toBe(true)
  })
})
