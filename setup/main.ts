import type { RouteLocationNormalized } from 'vue-router'
import { useNav } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { watch } from 'vue'
import { slidevRoomSync } from '../composables/slidevRoomSync.ts'
import { useDeckCurriculum } from '../composables/useDeckCurriculum.ts'
import { useLearnerProgress } from '../composables/useLearnerProgress.ts'
import { resumeTarget, useResume } from '../composables/useResume.ts'
import { room } from '../composables/useRoom.ts'
import { connectScorm } from '../scorm/connectScorm.ts'
import { preloadNeighbours } from './preloadNeighbours.ts'
import { applyPrintRange } from './printRangeFromRoute.ts'
import { quietWakeLockRefusals } from './wakeLockRefusal.ts'

/**
 * Self-study progress: opens the learner's saved progress for this deck, goes back to the last slide
 * when the site is opened without a slide in the URL, and records every slide the learner is on in the
 * normal play view (never presenter, print, overview, handouts, the summary or an embedded preview).
 * Inside an LMS (SCORM), answers and progress live in the attempt's suspend_data instead of
 * localStorage (scorm/connectScorm.ts); this is decided first, before any store is read.
 * Then the room is connected: exercises, timers and view state are shared by every window of the deck.
 * A browser's refusal to keep the screen on is noted, not thrown (setup/wakeLockRefusal.ts).
 */
export default defineAppSetup(({ app, router }) => {
  quietWakeLockRefusals()
  const deck = useDeckCurriculum()
  const scorm = connectScorm(deck)
  room.connect(slidevRoomSync(deck.title))
  const progress = useLearnerProgress()
  const resume = useResume()
  progress.open(deck.title, deck.slides.length)
  // Report the attempt as started (e.g. SCORM 1.2 "incomplete" instead of "not attempted").
  scorm?.flush()

  const target = (to: RouteLocationNormalized) => resumeTarget({
    routeName: to.name,
    redirectedFrom: to.redirectedFrom?.path,
    search: location.search,
    lastSlide: progress.lastSlide.value,
    total: progress.total.value,
  })

  // Only the page load's first navigation may resume. A guard avoids drawing slide 1 first; when the
  // first navigation has passed the guards before this setup runs, `isReady` below resumes instead.
  let decided = false
  const removeGuard = router.beforeEach((to) => {
    removeGuard()
    decided = true
    const no = target(to)
    if (no === null)
      return true
    resume.markResumed(no)
    return { path: `/${no}`, query: to.query, replace: true }
  })

  void router.isReady().then(async () => {
    removeGuard()
    if (!decided) {
      const no = target(router.currentRoute.value)
      if (no !== null) {
        resume.markResumed(no)
        await router.replace({ path: `/${no}`, query: router.currentRoute.value.query })
      }
    }
    // Called once the first route is known: Slidev's nav state reads the route when first created.
    const { currentSlideNo, isPlaying, isPrintMode, isEmbedded, prevRoute, nextRoute, printRange, total } = app.runWithContext(() => useNav())
    preloadNeighbours(prevRoute, nextRoute)
    if (isPrintMode.value)
      applyPrintRange(router.currentRoute.value.query.range, total.value, printRange)
    watch([
      currentSlideNo,
      isPlaying,
      isPrintMode,
      isEmbedded,
    ], ([no, playing, print, embedded], previous) => {
      if (!playing || print || embedded)
        return
      progress.visit(no)
      if (previous && previous[0] !== no && resume.resumedTo.value !== no)
        resume.dismiss()
    }, { immediate: true })
  })
})
