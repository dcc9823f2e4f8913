import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../catalog.ts'
import { singleChoice } from '../types/single-choice/kind.ts'
import { trueFalse } from '../types/true-false/kind.ts'
import { exerciseStore } from './useExerciseStore.ts'
import { useExerciseView } from './useExerciseView.ts'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

describe('useExerciseView', () => {
  it('returns the exercise data, its contract and the render mode', () => {
    const { data, ex, mode } = useExerciseView('why-check-1', 'single-choice', singleChoice, undefined)
    expect(data).toBe(getExercise('why-check-1', 'single-choice'))
    expect(ex.maxScore.value).toBe(1)
    expect(ex.status.value).toBe('unanswered')
    expect(mode.value).toBe('live')
    printMode.value = true
    expect(mode.value).toBe('print')
  })

  it('lets an explicit mode win', () => {
    const explicit = ref<'key' | undefined>('key')
    const { mode } = useExerciseView('why-check-1', 'single-choice', singleChoice, explicit)
    expect(mode.value).toBe('key')
    explicit.value = undefined
    expect(mode.value).toBe('live')
  })

  it('rejects an id of another type, as getExercise does', () => {
    expect(() => useExerciseView('why-check-1', 'true-false', trueFalse, undefined)).toThrow(/not true-false/)
  })
})
