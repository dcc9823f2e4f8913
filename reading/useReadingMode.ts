/**
 * Whether the self-study site draws the reading view (reading/ReadingView.vue) instead of Slidev's
 * canvas: decided by the screen (reading/chooseView.ts) until the learner picks a view with the
 * toggle, a choice remembered in this browser (localStorage `qzgz-kit:view`, for every deck).
 * One state for the whole app, so the toggle and the page always agree.
 */
import type { ComputedRef, Ref } from 'vue'
import type { ViewChoice } from './chooseView.ts'
import { configs, useNav } from '@slidev/client'
import { computed, ref } from 'vue'
import { readStoredJson, writeStoredJson } from '../composables/storedJson.ts'
import { automaticView, chooseView, parseViewChoice } from './chooseView.ts'

/** Storage key of the learner's chosen view. */
export const VIEW_CHOICE_KEY = 'qzgz-kit:view'

export interface ReadingMode {
  /** True when the reading view is drawn instead of the canvas. */
  active: ComputedRef<boolean>
  /** The view the screen alone would choose. */
  automatic: ComputedRef<ViewChoice>
  /** The learner's saved choice, or null while the screen decides. */
  saved: Readonly<Ref<ViewChoice | null>>
  /** Switches to the other view and remembers it. */
  toggle: () => void
  /** Saves `choice` (null: forget the choice and let the screen decide again). */
  choose: (choice: ViewChoice | null) => void
}

const saved = ref<ViewChoice | null>(null)
const viewport = ref({ width: 0, height: 0 })
let started = false

function storage(): Storage | null {
  try {
    return window.localStorage
  }
  catch {
    return null
  }
}

/** Reads the saved choice and follows the window size, once per page. */
function start(): void {
  if (started || typeof window === 'undefined')
    return
  started = true
  const store = storage()
  saved.value = store
    ? parseViewChoice(readStoredJson(store, VIEW_CHOICE_KEY, 'View choice'))
    : null
  const measure = () => {
    viewport.value = { width: window.innerWidth, height: window.innerHeight }
  }
  measure()
  window.addEventListener('resize', measure, { passive: true })
}

function choose(choice: ViewChoice | null): void {
  saved.value = choice
  const store = storage()
  if (!store)
    return
  if (choice === null) {
    try {
      store.removeItem(VIEW_CHOICE_KEY)
    }
    catch {}
  }
  else {
    writeStoredJson(store, VIEW_CHOICE_KEY, choice, 'View choice')
  }
}

export function useReadingMode(): ReadingMode {
  start()
  const { isPrintMode, isEmbedded } = useNav()
  const canvas = computed(() => ({
    width: configs.canvasWidth,
    height: configs.canvasWidth / configs.aspectRatio,
  }))
  const automatic = computed(() => automaticView(viewport.value, canvas.value))
  const active = computed(() => chooseView({
    saved: saved.value,
    viewport: viewport.value,
    canvas: canvas.value,
    printing: isPrintMode.value,
    embedded: isEmbedded.value,
  }) === 'reading')
  return {
    active,
    automatic,
    saved,
    toggle: () => choose(active.value
      ? 'canvas'
      : 'reading'),
    choose,
  }
}
