import type { ProgressPersistence } from '../composables/progressPersistence.ts'
/**
 * The learner record of one SCORM attempt, held in memory and offered to the kit's two stores as
 * their persistence: exercise answers (`exerciseStore.usePersistence`) and progress
 * (`learnerProgress.usePersistence`). Inside an LMS this replaces localStorage; the session
 * (scormSession.ts) encodes the record into `cmi.suspend_data` whenever it changes.
 *
 * - Exercise states are kept in the order they were last saved, oldest first, which is the order in
 *   which suspendData.ts drops them when the text would exceed the LMS limit.
 * - The completion state only ever goes from false to true: clearing answers or progress keeps it.
 */
import type { ExercisePersistence } from '../exercises/runtime/exercisePersistence.ts'
import type { LearnerRecord } from './suspendData.ts'
import { PROGRESS_VERSION } from '../composables/progressPersistence.ts'

export interface LearnerRecordStore {
  /** A copy of the record as it is now. */
  snapshot: () => LearnerRecord
  /** Persistence for `exerciseStore.usePersistence`. */
  exercises: ExercisePersistence
  /** Persistence for `learnerProgress.usePersistence`, for the deck titled `deck`. */
  progress: ProgressPersistence
  /** Records that the course is completed (never undone). */
  markCompleted: () => void
}

/** JSON copy: drops Vue proxies and anything JSON cannot hold, so the record stays plain data. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export function emptyLearnerRecord(): LearnerRecord {
  return {
    slide: 0,
    seen: [],
    exercises: {},
    completed: false,
  }
}

/**
 * A store over `initial` (decoded suspend_data, or undefined to start fresh). `onChange` is called
 * after every change, so the caller can write the record back to the LMS.
 */
export function createLearnerRecordStore(initial: LearnerRecord | undefined, deck: string, onChange: () => void): LearnerRecordStore {
  const record: LearnerRecord = initial
    ? plain(initial)
    : emptyLearnerRecord()

  return {
    snapshot: () => plain(record),
    markCompleted() {
      if (record.completed)
        return
      record.completed = true
      onChange()
    },
    exercises: {
      load: id => (Object.hasOwn(record.exercises, id)
        ? plain(record.exercises[id])
        : undefined),
      save(id, state) {
        // Re-inserting moves the exercise to the end: the most recently answered is dropped last.
        delete record.exercises[id]
        record.exercises[id] = plain(state)
        onChange()
      },
      remove(id) {
        if (!Object.hasOwn(record.exercises, id))
          return
        delete record.exercises[id]
        onChange()
      },
      clearAll() {
        record.exercises = {}
        onChange()
      },
    },
    progress: {
      load: () => (record.slide >= 1
        ? {
            v: PROGRESS_VERSION,
            deck,
            slide: record.slide,
            seen: [
              ...record.seen,
            ],
          }
        : undefined),
      save(saved) {
        record.slide = saved.slide
        record.seen = [
          ...saved.seen,
        ]
        delete record.seenCount
        onChange()
      },
      remove() {
        record.slide = 0
        record.seen = []
        delete record.seenCount
        onChange()
      },
    },
  }
}
