import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { applyPrintRange } from './printRangeFromRoute.ts'

describe('applyPrintRange', () => {
  it('prints the slides the range names', () => {
    const printRange = ref([1, 2, 3, 4, 5, 6, 7, 8])
    applyPrintRange('2,5-6', 8, printRange)
    expect(printRange.value).toEqual([2, 5, 6])
  })

  it('keeps every slide without a range, with an empty one, or with one naming no slide of the deck', () => {
    for (const range of [
      undefined,
      '',
      ' ',
      ['1'],
      '500',
    ]) {
      const printRange = ref([1, 2, 3])
      applyPrintRange(range, 3, printRange)
      expect(printRange.value, String(range)).toEqual([1, 2, 3])
    }
  })
})
