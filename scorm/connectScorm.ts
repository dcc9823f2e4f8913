/**
 * The runtime adapter: when the course runs inside an LMS (an `API` or `API_1484_11` on a parent or
 * opener window), answers and progress are kept in the attempt's `cmi.suspend_data` instead of
 * localStorage, and completion, score and passed/failed are reported as the learner works.
 * Without an LMS, or when the LMS refuses to start a session, nothing changes: the course stays on
 * localStorage, silently (a refusal is logged once by the connection).
 *
 * Must run before anything reads the exercise or progress stores (setup/main.ts calls it first).
 */
import type { KitDeckCurriculum } from '../curriculum/clientCurriculum.ts'
import type { ScormSession } from './scormSession.ts'
import { useLearnerProgress } from '../composables/useLearnerProgress.ts'
import { EXERCISES } from '../exercises/catalog.ts'
import { useExerciseStore } from '../exercises/runtime/useExerciseStore.ts'
import { courseResult } from '../record/courseResult.ts'
import { deckExerciseIds } from '../record/moduleScores.ts'
import { exerciseResult } from '../record/useExerciseResults.ts'
import { findScormApi } from './findScormApi.ts'
import { startScormSession } from './scormSession.ts'

/** Changes within this delay are sent to the LMS together. */
export const FLUSH_DELAY_MS = 300

function phaseOf(id: string): 'pre' | 'post' | undefined {
  const data = EXERCISES.get(id)
  return data?.type === 'quiz'
    ? data.phase
    : undefined
}

export function connectScorm(deck: KitDeckCurriculum, win: Window = window): ScormSession | undefined {
  const found = findScormApi(win)
  if (!found)
    return undefined
  const progress = useLearnerProgress()
  const exerciseIds = deckExerciseIds(deck)
  let timer: ReturnType<typeof setTimeout> | undefined

  const session = startScormSession(found, {
    deck: deck.title,
    result: () => courseResult({
      exerciseIds,
      phaseOf,
      resultOf: exerciseResult,
      slidesSeen: progress.seen.value.length,
      slidesTotal: progress.total.value || deck.slides.length,
      masteryThreshold: deck.masteryThreshold,
    }),
    onChange() {
      clearTimeout(timer)
      timer = setTimeout(flush, FLUSH_DELAY_MS)
    },
  })
  if (!session)
    return undefined

  function flush(): void {
    clearTimeout(timer)
    timer = undefined
    session!.flush()
  }

  useExerciseStore().usePersistence(session.record.exercises)
  progress.usePersistence(session.record.progress)

  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden')
      flush()
  })
  win.addEventListener('pagehide', () => {
    clearTimeout(timer)
    session.finish()
  })
  // A page restored from the back/forward cache would keep saving into the finished session, and lose
  // it: reload instead, so the course starts again from what the LMS has.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted)
      win.location.reload()
  })
  return session
}
