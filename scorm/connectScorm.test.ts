import type { KitDeckCurriculum } from '../curriculum/clientCurriculum.ts'
// @vitest-environment happy-dom
/**
 * The runtime adapter with the real stores and scorm-again's run-time on the course window: outside
 * an LMS the course stays on localStorage; inside one, answers and progress go to the attempt.
 */
import type { ExerciseState } from '../exercises/contract.ts'
import type { QuizData } from '../exercises/types/quiz/kind.ts'
import type { SingleChoiceData } from '../exercises/types/single-choice/kind.ts'
import { Scorm12API, Scorm2004API } from 'scorm-again'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { memoryProgressPersistence, progressKey, storageProgressPersistence } from '../composables/progressPersistence.ts'
import { useLearnerProgress } from '../composables/useLearnerProgress.ts'
import { getExercise } from '../exercises/catalog.ts'
import { memoryPersistence, STORAGE_PREFIX, storagePersistence } from '../exercises/runtime/exercisePersistence.ts'
import { freshState, useExercise } from '../exercises/runtime/useExercise.ts'
import { useExerciseStore } from '../exercises/runtime/useExerciseStore.ts'
import { quiz } from '../exercises/types/quiz/kind.ts'
import { singleChoice } from '../exercises/types/single-choice/kind.ts'
import { exerciseResult } from '../record/useExerciseResults.ts'
import { connectScorm, FLUSH_DELAY_MS } from './connectScorm.ts'
import { decodeSuspendData, encodeSuspendData } from './suspendData.ts'

const settings = { lmsCommitUrl: false, autocommit: false, logLevel: 5 } as const

/** The course window, where an LMS publishes `API` / `API_1484_11`. */
const lmsWindow = window as unknown as Record<string, unknown>

const pretest = getExercise('pretest', 'quiz') as QuizData
const posttest = getExercise('posttest', 'quiz') as QuizData
const whyCheck = getExercise('why-check-1', 'single-choice') as SingleChoiceData

function module(number: number, slides: number[]) {
  return {
    number,
    title: `模块 ${number}`,
    minutes: 10,
    objectives: [],
    slides,
    opening: slides[0]!,
  }
}

function slide(no: number, ...exercises: { component: string, id: string }[]) {
  return {
    no,
    title: `第 ${no} 页`,
    exercises,
  }
}

const deck: KitDeckCurriculum = {
  name: 'sample',
  title: '样例课程',
  masteryThreshold: 0.8,
  modules: [
    module(0, [1, 2]),
    module(1, [3, 4]),
  ],
  slides: [
    slide(1),
    slide(2, { component: 'Quiz', id: 'pretest' }),
    slide(3, { component: 'SingleChoice', id: 'why-check-1' }),
    slide(4, { component: 'Quiz', id: 'posttest' }),
  ],
}

/** The checked post-test, all answers right (or all wrong). */
function postTestState(right = true): ExerciseState {
  const solution = quiz.solution(posttest)
  const wrong = Object.fromEntries(posttest.items.map(item => [item.id, item.options.find(option => !option.correct)!.id]))
  return {
    ...freshState(quiz, posttest),
    response: right
      ? solution
      : { answers: wrong },
    checked: true,
    attempts: 1,
  }
}

function whyCheckState(): ExerciseState {
  return {
    ...freshState(singleChoice, whyCheck),
    response: singleChoice.solution(whyCheck),
    checked: true,
    attempts: 1,
  }
}

/** The value of `element` in the run-time's data model, write-only elements ("cmi.core.exit") included. */
function written(api: { renderCMIToJSONObject: () => unknown }, element: string): unknown {
  return element.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api.renderCMIToJSONObject())
}

const store = useExerciseStore()
const progress = useLearnerProgress()
let warn: ReturnType<typeof vi.spyOn>

/** A page load outside any LMS: both stores on localStorage, as their default persistence. */
beforeEach(() => {
  localStorage.clear()
  store.usePersistence(storagePersistence(localStorage))
  progress.usePersistence(storageProgressPersistence(localStorage))
  progress.open('', 0)
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.useFakeTimers()
})

afterEach(() => {
  // Ends any attempt still open, so that no listener of this test acts in the next one.
  window.dispatchEvent(new Event('pagehide'))
  delete lmsWindow.API
  delete lmsWindow.API_1484_11
  vi.useRealTimers()
  warn.mockRestore()
  store.usePersistence(memoryPersistence())
  progress.usePersistence(memoryProgressPersistence())
  localStorage.clear()
})

function scorm12() {
  const api = new Scorm12API(settings)
  lmsWindow.API = api
  return {
    api,
    commit: vi.spyOn(api, 'LMSCommit'),
    finish: vi.spyOn(api, 'LMSFinish'),
  }
}

/** The learner opens the deck, as setup/main.ts does right after `connectScorm`. */
function openDeck() {
  progress.open(deck.title, deck.slides.length)
}

describe('connectScorm outside an LMS', () => {
  it('returns undefined and leaves both stores on localStorage', () => {
    expect(connectScorm(deck)).toBeUndefined()
    openDeck()
    progress.visit(2)
    store.set('why-check-1', whyCheckState())
    expect(JSON.parse(localStorage.getItem(`${STORAGE_PREFIX}why-check-1`)!)).toEqual(whyCheckState())
    expect(JSON.parse(localStorage.getItem(progressKey(deck.title))!)).toEqual({
      v: 1,
      deck: deck.title,
      slide: 2,
      seen: [2],
    })
    vi.advanceTimersByTime(FLUSH_DELAY_MS)
    expect(warn).not.toHaveBeenCalled()
  })

  it('stays on localStorage when the LMS refuses to start the attempt', () => {
    const { api } = scorm12()
    expect(api.LMSInitialize('')).toBe('true') // already running: a second LMSInitialize fails
    expect(connectScorm(deck)).toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).toContain('LMSInitialize failed')
    store.set('why-check-1', whyCheckState())
    expect(localStorage.getItem(`${STORAGE_PREFIX}why-check-1`)).not.toBeNull()
    vi.advanceTimersByTime(FLUSH_DELAY_MS)
    expect(api.cmi.suspend_data).toBe('')
  })
})

describe('connectScorm inside a SCORM 1.2 LMS', () => {
  it('keeps answers and progress in the attempt, sent together after the flush delay', () => {
    const { api, commit } = scorm12()
    const session = connectScorm(deck)
    expect(session?.version).toBe('1.2')
    expect(api.isInitialized()).toBe(true)
    openDeck()
    progress.visit(1)
    progress.visit(3)
    store.set('why-check-1', whyCheckState())

    vi.advanceTimersByTime(FLUSH_DELAY_MS - 1)
    expect(api.cmi.suspend_data).toBe('')
    expect(commit).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(commit).toHaveBeenCalledTimes(1)
    expect(decodeSuspendData(api.cmi.suspend_data)).toEqual({
      slide: 3,
      seen: [1, 3],
      completed: false,
      exercises: {
        'why-check-1': whyCheckState(),
      },
    })
    expect(api.cmi.core.lesson_location).toBe('3')
    expect(api.cmi.core.lesson_status).toBe('incomplete')
    expect(localStorage.length).toBe(0)
    expect(warn).not.toHaveBeenCalled()
  })

  it('reports completion and a passed post-test, without the pre-test in the score', () => {
    const { api } = scorm12()
    connectScorm(deck)
    openDeck()
    for (const no of [1, 2, 3, 4])
      progress.visit(no)
    const pre = useExercise(quiz, pretest)
    pre.respond(postTestState(false).response as never)
    pre.check()
    store.set('why-check-1', {
      ...whyCheckState(),
      response: { selected: 'b' },
    })
    const post = useExercise(quiz, posttest)
    post.respond(quiz.solution(posttest))
    post.check()
    expect(exerciseResult('posttest')).toEqual({ score: posttest.items.length, maxScore: posttest.items.length, done: true })

    vi.advanceTimersByTime(FLUSH_DELAY_MS)
    expect(api.cmi.core.lesson_status).toBe('passed')
    const percent = Math.round(posttest.items.length / (posttest.items.length + 1) * 10000) / 100
    expect(api.cmi.core.score.raw).toBe(String(percent))
    expect(decodeSuspendData(api.cmi.suspend_data)?.completed).toBe(true)
    expect(localStorage.length).toBe(0)
  })

  it('reports failed when the post-test is below the mastery threshold', () => {
    const { api } = scorm12()
    connectScorm(deck)
    openDeck()
    progress.visit(4)
    store.set('posttest', postTestState(false))
    vi.advanceTimersByTime(FLUSH_DELAY_MS)
    expect(api.cmi.core.lesson_status).toBe('failed')
    expect(api.cmi.core.score.raw).toBe('0')
  })

  it('resumes the learner from the attempt\'s suspend_data', () => {
    const api = new Scorm12API(settings)
    api.loadFromJSON({
      suspend_data: encodeSuspendData({
        slide: 3,
        seen: [1, 2, 3],
        completed: false,
        exercises: {
          posttest: postTestState(),
        },
      }, '1.2'),
    })
    lmsWindow.API = api
    localStorage.setItem(progressKey(deck.title), JSON.stringify({
      v: 1,
      deck: deck.title,
      slide: 1,
      seen: [1],
    }))
    expect(connectScorm(deck)).toBeDefined()
    openDeck()
    expect(progress.lastSlide.value).toBe(3)
    expect(progress.seen.value).toEqual([1, 2, 3])
    expect(exerciseResult('posttest')).toEqual({ score: posttest.items.length, maxScore: posttest.items.length, done: true })
    expect(useExercise(quiz, posttest).status.value).toBe('correct')
    expect(warn).not.toHaveBeenCalled()
  })

  it('ends the attempt on pagehide, sending what was still waiting', () => {
    const { api, finish } = scorm12()
    const session = connectScorm(deck)
    openDeck()
    progress.visit(2)
    store.set('why-check-1', whyCheckState())
    window.dispatchEvent(new Event('pagehide'))
    expect(finish).toHaveBeenCalledTimes(1)
    expect(session?.connection.state).toBe('terminated')
    expect(written(api, 'cmi.core.exit')).toBe('suspend')
    expect(decodeSuspendData(api.cmi.suspend_data)).toMatchObject({
      slide: 2,
      exercises: {
        'why-check-1': whyCheckState(),
      },
    })

    window.dispatchEvent(new Event('pagehide'))
    vi.advanceTimersByTime(FLUSH_DELAY_MS)
    expect(finish).toHaveBeenCalledTimes(1)
    expect(warn).not.toHaveBeenCalled()
  })

  it('sends changes at once when the page is hidden', () => {
    const { api, commit } = scorm12()
    connectScorm(deck)
    openDeck()
    progress.visit(2)
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    try {
      document.dispatchEvent(new Event('visibilitychange'))
    }
    finally {
      delete (document as unknown as Record<string, unknown>).visibilityState
    }
    expect(commit).toHaveBeenCalledTimes(1)
    expect(decodeSuspendData(api.cmi.suspend_data)?.slide).toBe(2)
    vi.advanceTimersByTime(FLUSH_DELAY_MS)
    expect(commit).toHaveBeenCalledTimes(1)
  })
})

describe('connectScorm inside a SCORM 2004 LMS', () => {
  it('keeps answers and progress in the attempt and reports the 2004 statuses', () => {
    const api = new Scorm2004API(settings)
    lmsWindow.API_1484_11 = api
    const session = connectScorm(deck)
    expect(session?.version).toBe('2004')
    openDeck()
    progress.visit(1)
    store.set('why-check-1', whyCheckState())
    vi.advanceTimersByTime(FLUSH_DELAY_MS)
    expect(decodeSuspendData(api.cmi.suspend_data)).toEqual({
      slide: 1,
      seen: [1],
      completed: false,
      exercises: {
        'why-check-1': whyCheckState(),
      },
    })
    expect(api.cmi.location).toBe('1')
    expect(api.cmi.completion_status).toBe('incomplete')
    expect(api.cmi.success_status).toBe('unknown')
    expect(api.cmi.progress_measure).toBe('0.25')
    expect(api.cmi.score.raw).toBe('1')
    expect(api.cmi.score.max).toBe(String(posttest.items.length + 1))
    expect(localStorage.length).toBe(0)
    window.dispatchEvent(new Event('pagehide'))
    expect(session?.connection.state).toBe('terminated')
    expect(written(api, 'cmi.exit')).toBe('suspend')
  })
})
