import type { ComputedRef } from 'vue'
import type { ProgressPersistence, ProgressRecord } from './progressPersistence.ts'
import { computed, reactive } from 'vue'
import { defaultProgressPersistence, PROGRESS_VERSION } from './progressPersistence.ts'

/**
 * The learner's progress through one deck: the slide they were last on and every slide they have seen,
 * saved as it changes (see progressPersistence.ts). Which views count as "seen" is decided by the caller
 * (setup/main.ts records the normal play view only); the store only keeps numbers within 1…total.
 */
export interface LearnerProgressStore {
  /** Title of the deck whose progress is open (empty before `open`). */
  deck: ComputedRef<string>
  /** Number of slides of the open deck. */
  total: ComputedRef<number>
  /** The slide the learner was last on, or `null` when nothing is recorded. */
  lastSlide: ComputedRef<number | null>
  /** Slides seen, ascending, each once. */
  seen: ComputedRef<readonly number[]>
  /**
   * Opens the progress of `deck` (with `total` slides) and loads what was saved for it; other decks'
   * progress is kept apart and never touched. A damaged record or one of another version is dropped with
   * a warning. Slide numbers beyond `total` are ignored.
   */
  open: (deck: string, total: number) => void
  /** Records that the learner is on slide `no`; ignored before `open` and outside 1…total. */
  visit: (no: number) => void
  /** Forgets the progress of the open deck, the saved record included. */
  clear: () => void
  /** Swaps where progress is saved (tests, SCORM), then reloads the open deck's progress from it. */
  usePersistence: (persistence: ProgressPersistence) => void
}

type Parsed = { kind: 'record', record: ProgressRecord } | { kind: 'other-deck' } | { kind: 'invalid', reason: string }

const isSlideNo = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1

/** Checks a value read back from storage against the record's shape, version and deck. */
export function parseProgressRecord(value: unknown, deck: string): Parsed {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { kind: 'invalid', reason: 'not an object' }
  const record = value as Partial<ProgressRecord>
  if (record.v !== PROGRESS_VERSION)
    return { kind: 'invalid', reason: `version ${JSON.stringify(record.v)} instead of ${PROGRESS_VERSION}` }
  if (typeof record.deck !== 'string' || !isSlideNo(record.slide) || !Array.isArray(record.seen) || !record.seen.every(isSlideNo))
    return { kind: 'invalid', reason: 'damaged fields' }
  if (record.deck !== deck)
    return { kind: 'other-deck' }
  return { kind: 'record', record: record as ProgressRecord }
}

const state = reactive({
  deck: '',
  total: 0,
  slide: null as number | null,
  seen: [] as number[],
})
let persistence: ProgressPersistence = defaultProgressPersistence()

const inRange = (no: number) => Number.isInteger(no) && no >= 1 && no <= state.total

function load(): void {
  state.slide = null
  state.seen = []
  if (!state.deck)
    return
  const saved = persistence.load(state.deck)
  if (saved === undefined)
    return
  const parsed = parseProgressRecord(saved, state.deck)
  if (parsed.kind === 'invalid') {
    console.warn(`[progress] dropped saved progress (${parsed.reason}); starting fresh`)
    persistence.remove(state.deck)
    return
  }
  if (parsed.kind === 'other-deck')
    return
  state.slide = inRange(parsed.record.slide)
    ? parsed.record.slide
    : null
  state.seen = [
    ...new Set(parsed.record.seen.filter(inRange)),
  ].sort((a, b) => a - b)
}

function save(): void {
  if (state.slide === null)
    return
  persistence.save({
    v: PROGRESS_VERSION,
    deck: state.deck,
    slide: state.slide,
    seen: [
      ...state.seen,
    ],
  })
}

export const learnerProgress: LearnerProgressStore = {
  deck: computed(() => state.deck),
  total: computed(() => state.total),
  lastSlide: computed(() => state.slide),
  seen: computed(() => state.seen),
  open(deck, total) {
    state.deck = deck
    state.total = Math.max(0, Math.floor(total))
    load()
  },
  visit(no) {
    if (!state.deck || !inRange(no))
      return
    const isNew = !state.seen.includes(no)
    if (!isNew && state.slide === no)
      return
    state.slide = no
    if (isNew) {
      state.seen = [
        ...state.seen,
        no,
      ].sort((a, b) => a - b)
    }
    save()
  },
  clear() {
    state.slide = null
    state.seen = []
    if (state.deck)
      persistence.remove(state.deck)
  },
  usePersistence(next) {
    persistence = next
    load()
  },
}

export function useLearnerProgress(): LearnerProgressStore {
  return learnerProgress
}
