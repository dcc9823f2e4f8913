import type { ExerciseState } from '../contract.ts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, watchEffect } from 'vue'
import { fakeStorage } from '../../tests/lib/fakeStorage.ts'
import { singleChoice, singleChoiceSchema } from '../types/single-choice/kind.ts'
import { memoryPersistence, STORAGE_PREFIX, storagePersistence } from './exercisePersistence.ts'
import { useExercise } from './useExercise.ts'
import { exerciseStore } from './useExerciseStore.ts'

const data = singleChoiceSchema.parse({
  id: 'persist-sample',
  type: 'single-choice',
  title: '样题',
  question: '哪一项正确？',
  options: [
    { id: 'a', text: '甲', feedback: '不对' },
    {
      id: 'b',
      text: '乙',
      correct: true,
      feedback: '对',
    },
  ],
  rationale: '因为乙。',
})

let storage: Storage
let warn: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  storage = fakeStorage()
  exerciseStore.usePersistence(storagePersistence(storage))
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  warn.mockRestore()
  exerciseStore.usePersistence(memoryPersistence())
})

/** A new page load: memory is gone, storage stays. */
function reload() {
  exerciseStore.usePersistence(storagePersistence(storage))
}

describe('exercise persistence', () => {
  it('saves every change under a versioned envelope and restores it after a reload', () => {
    const ex = useExercise(singleChoice, data)
    ex.respond({ selected: 'b' })
    ex.check()
    const saved = JSON.parse(storage.getItem(`${STORAGE_PREFIX}persist-sample`)!) as ExerciseState
    expect(saved).toMatchObject({
      v: 1,
      type: 'single-choice',
      id: 'persist-sample',
      checked: true,
      response: { selected: 'b' },
    })
    reload()
    const again = useExercise(singleChoice, data)
    expect(again.status.value).toBe('correct')
    expect(again.score.value).toBe(1)
  })

  it('drops unreadable JSON with a warning and starts fresh', () => {
    storage.setItem(`${STORAGE_PREFIX}persist-sample`, '{not json')
    const ex = useExercise(singleChoice, data)
    expect(ex.status.value).toBe('unanswered')
    expect(warn).toHaveBeenCalled()
    expect(storage.getItem(`${STORAGE_PREFIX}persist-sample`)).toBeNull()
  })

  it('drops a state from another version or with an impossible answer', () => {
    for (const bad of [
      { v: 0, type: 'single-choice', id: 'persist-sample' },
      {
        v: 1,
        type: 'single-choice',
        id: 'persist-sample',
        rv: 1,
        response: { selected: 'zz' },
        checked: false,
        revealed: false,
        attempts: 0,
      },
    ]) {
      reload()
      storage.setItem(`${STORAGE_PREFIX}persist-sample`, JSON.stringify(bad))
      const ex = useExercise(singleChoice, data)
      expect(ex.status.value).toBe('unanswered')
    }
    expect(warn).toHaveBeenCalledTimes(2)
  })

  it('clears every saved answer, and only the kit\'s', () => {
    storage.setItem('someone-else', 'keep me')
    const ex = useExercise(singleChoice, data)
    ex.respond({ selected: 'a' })
    exerciseStore.clear()
    expect(storage.getItem(`${STORAGE_PREFIX}persist-sample`)).toBeNull()
    expect(storage.getItem('someone-else')).toBe('keep me')
    expect(useExercise(singleChoice, data).status.value).toBe('unanswered')
  })
})

describe('reading exercise state', () => {
  it('writes no reactive state (reading happens inside computed getters): no reader is notified by a read', () => {
    storage.setItem(`${STORAGE_PREFIX}persist-sample`, JSON.stringify({
      v: 1,
      type: 'single-choice',
      id: 'persist-sample',
      rv: 1,
      response: { selected: 'b' },
      checked: true,
      revealed: false,
      attempts: 1,
    }))
    reload()
    const runs = vi.fn()
    const stop = watchEffect(() => runs(exerciseStore.ids().length), { flush: 'sync' })
    runs.mockClear()
    const ex = useExercise(singleChoice, data)
    const status = computed(() => ex.status.value)
    expect(status.value).toBe('correct')
    expect(useExercise(singleChoice, data).score.value).toBe(1)
    expect(runs, 'a read notified the store\'s readers').not.toHaveBeenCalled()
    // A real change still reaches every reader.
    ex.retry()
    expect(status.value).toBe('unanswered')
    expect(runs).toHaveBeenCalled()
    stop()
  })

  it('clearing or swapping the persistence is seen by a state already read', () => {
    const ex = useExercise(singleChoice, data)
    ex.respond({ selected: 'b' })
    ex.check()
    expect(ex.status.value).toBe('correct')
    exerciseStore.clear()
    expect(ex.status.value).toBe('unanswered')
    const other = memoryPersistence()
    other.save('persist-sample', {
      v: 1,
      type: 'single-choice',
      id: 'persist-sample',
      rv: 1,
      response: { selected: 'a' },
      checked: true,
      revealed: false,
      attempts: 1,
    })
    const before = useExercise(singleChoice, data)
    expect(before.status.value).toBe('unanswered')
    exerciseStore.usePersistence(other)
    expect(before.status.value).toBe('incorrect')
  })
})
