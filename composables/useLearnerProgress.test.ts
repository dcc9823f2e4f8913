import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeStorage } from '../tests/lib/fakeStorage.ts'
import { LEGACY_PROGRESS_KEY, memoryProgressPersistence, progressKey, storageProgressPersistence } from './progressPersistence.ts'
import { learnerProgress, parseProgressRecord } from './useLearnerProgress.ts'

const DECK = '样例课程'
const OTHER = '另一门课'
const PROGRESS_KEY = progressKey(DECK)

let storage: Storage
let warn: ReturnType<typeof vi.spyOn>

/** A new page load of a deck with `total` slides: memory is gone, storage stays. */
function reload(total = 10, deck = DECK) {
  learnerProgress.usePersistence(storageProgressPersistence(storage))
  learnerProgress.open(deck, total)
}

beforeEach(() => {
  storage = fakeStorage()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  reload()
})
afterEach(() => {
  warn.mockRestore()
  learnerProgress.usePersistence(memoryProgressPersistence())
})

describe('learner progress', () => {
  it('starts empty', () => {
    expect(learnerProgress.lastSlide.value).toBeNull()
    expect(learnerProgress.seen.value).toEqual([])
    expect(learnerProgress.total.value).toBe(10)
    expect(storage.getItem(PROGRESS_KEY)).toBeNull()
  })

  it('saves the last slide and the slides seen under a versioned envelope', () => {
    learnerProgress.visit(3)
    learnerProgress.visit(1)
    learnerProgress.visit(3)
    expect(learnerProgress.lastSlide.value).toBe(3)
    expect(learnerProgress.seen.value).toEqual([1, 3])
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({
      v: 1,
      deck: DECK,
      slide: 3,
      seen: [1, 3],
    })
  })

  it('restores the saved progress after a reload', () => {
    learnerProgress.visit(2)
    learnerProgress.visit(5)
    reload()
    expect(learnerProgress.lastSlide.value).toBe(5)
    expect(learnerProgress.seen.value).toEqual([2, 5])
    expect(warn).not.toHaveBeenCalled()
  })

  it('ignores slides outside 1…total and before a deck is open', () => {
    learnerProgress.visit(0)
    learnerProgress.visit(11)
    learnerProgress.visit(2.5)
    learnerProgress.visit(Number.NaN)
    expect(learnerProgress.seen.value).toEqual([])
    expect(storage.getItem(PROGRESS_KEY)).toBeNull()
  })

  it('drops slide numbers beyond the deck when the deck got shorter', () => {
    learnerProgress.visit(4)
    learnerProgress.visit(9)
    reload(5)
    expect(learnerProgress.lastSlide.value).toBeNull()
    expect(learnerProgress.seen.value).toEqual([4])
  })

  it('drops unreadable JSON with a warning and starts fresh', () => {
    storage.setItem(PROGRESS_KEY, '{bad')
    reload()
    expect(learnerProgress.seen.value).toEqual([])
    expect(warn).toHaveBeenCalled()
    expect(storage.getItem(PROGRESS_KEY)).toBeNull()
    learnerProgress.visit(2)
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toMatchObject({
      slide: 2,
      seen: [2],
    })
  })

  it.each([
    [
      'another version',
      {
        v: 2,
        deck: DECK,
        slide: 3,
        seen: [3],
      },
    ],
    [
      'no version',
      {
        deck: DECK,
        slide: 3,
        seen: [3],
      },
    ],
    [
      'a damaged slide',
      {
        v: 1,
        deck: DECK,
        slide: '3',
        seen: [3],
      },
    ],
    [
      'damaged seen slides',
      {
        v: 1,
        deck: DECK,
        slide: 3,
        seen: [3, -1],
      },
    ],
    [
      'seen not a list',
      {
        v: 1,
        deck: DECK,
        slide: 3,
        seen: '3',
      },
    ],
    [
      'an array',
      [1, 2],
    ],
    ['null', null],
  ])('drops a record with %s with a warning', (_, value) => {
    storage.setItem(PROGRESS_KEY, JSON.stringify(value))
    reload()
    expect(learnerProgress.lastSlide.value).toBeNull()
    expect(learnerProgress.seen.value).toEqual([])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(storage.getItem(PROGRESS_KEY)).toBeNull()
  })

  it('keeps each deck\'s progress apart: moving through one never overwrites the other', () => {
    learnerProgress.visit(2)
    learnerProgress.visit(3)
    reload(20, OTHER)
    expect(learnerProgress.lastSlide.value).toBeNull()
    learnerProgress.visit(7)
    learnerProgress.visit(8)
    reload(10, DECK)
    expect(learnerProgress.lastSlide.value).toBe(3)
    expect(learnerProgress.seen.value).toEqual([2, 3])
    learnerProgress.visit(4)
    reload(20, OTHER)
    expect(learnerProgress.lastSlide.value).toBe(8)
    expect(learnerProgress.seen.value).toEqual([7, 8])
    learnerProgress.clear()
    reload(10, DECK)
    expect(learnerProgress.seen.value).toEqual([2, 3, 4])
    expect(JSON.parse(storage.getItem(progressKey(DECK))!)).toMatchObject({ deck: DECK, slide: 4 })
    expect(storage.getItem(progressKey(OTHER))).toBeNull()
    expect(warn).not.toHaveBeenCalled()
  })

  it('moves the record under the old shared key to its own deck\'s key, and leaves another deck\'s for that deck', () => {
    const legacy = {
      v: 1,
      deck: OTHER,
      slide: 4,
      seen: [1, 4],
    }
    storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify(legacy))
    reload()
    expect(learnerProgress.lastSlide.value).toBeNull()
    learnerProgress.visit(2)
    expect(JSON.parse(storage.getItem(LEGACY_PROGRESS_KEY)!)).toEqual(legacy)
    reload(10, OTHER)
    expect(learnerProgress.lastSlide.value).toBe(4)
    expect(learnerProgress.seen.value).toEqual([1, 4])
    expect(storage.getItem(LEGACY_PROGRESS_KEY)).toBeNull()
    expect(JSON.parse(storage.getItem(progressKey(OTHER))!)).toEqual(legacy)
    reload()
    expect(learnerProgress.seen.value).toEqual([2])
    expect(warn).not.toHaveBeenCalled()
  })

  it('drops a record under the old shared key that names no deck', () => {
    storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify({
      v: 1,
      slide: 3,
      seen: [3],
    }))
    reload()
    expect(learnerProgress.lastSlide.value).toBeNull()
    expect(storage.getItem(LEGACY_PROGRESS_KEY)).toBeNull()
  })

  it('clear forgets the progress, the saved record included', () => {
    learnerProgress.visit(2)
    learnerProgress.clear()
    expect(learnerProgress.seen.value).toEqual([])
    expect(storage.getItem(PROGRESS_KEY)).toBeNull()
  })

  it('swapping the persistence (SCORM) reloads the open deck from the new place', () => {
    const scorm = memoryProgressPersistence()
    scorm.save({
      v: 1,
      deck: DECK,
      slide: 7,
      seen: [6, 7],
    })
    learnerProgress.usePersistence(scorm)
    expect(learnerProgress.lastSlide.value).toBe(7)
    learnerProgress.visit(8)
    expect(scorm.load(DECK)).toEqual({
      v: 1,
      deck: DECK,
      slide: 8,
      seen: [6, 7, 8],
    })
    expect(storage.getItem(PROGRESS_KEY)).toBeNull()
  })

  it('survives a storage that throws', () => {
    const broken = fakeStorage()
    broken.getItem = () => {
      throw new Error('denied')
    }
    broken.setItem = () => {
      throw new Error('quota')
    }
    learnerProgress.usePersistence(storageProgressPersistence(broken))
    expect(learnerProgress.seen.value).toEqual([])
    learnerProgress.visit(2)
    expect(learnerProgress.seen.value).toEqual([2])
    expect(warn).toHaveBeenCalled()
  })
})

describe('parseProgressRecord', () => {
  it('accepts a record of this deck and tells another deck apart from damage', () => {
    expect(parseProgressRecord({ v: 1, deck: DECK, slide: 1, seen: [] }, DECK).kind).toBe('record')
    expect(parseProgressRecord({ v: 1, deck: 'x', slide: 1, seen: [] }, DECK).kind).toBe('other-deck')
    expect(parseProgressRecord('x', DECK).kind).toBe('invalid')
  })
})
