/**
 * Where the learner's progress (last slide, slides seen) survives a reload: one localStorage key.
 * Reading never throws: unreadable JSON is dropped with a console warning. SCORM can swap in its own
 * persistence through `learnerProgress.usePersistence`.
 */
import { readStoredJson, writeStoredJson } from './storedJson.ts'

/** The storage key; the record inside carries its own version (`v`). */
export const PROGRESS_KEY = 'qzgz-kit:progress'

/** Version of the saved record; a record of another version is dropped. */
export const PROGRESS_VERSION = 1 as const

/** What is saved: the deck it belongs to (its title), the last slide and every slide seen (1-based). */
export interface ProgressRecord {
  v: typeof PROGRESS_VERSION
  deck: string
  slide: number
  seen: number[]
}

export interface ProgressPersistence {
  /** The saved value, or `undefined` when there is none or it could not be read. */
  load: () => unknown
  save: (record: ProgressRecord) => void
  remove: () => void
}

export function memoryProgressPersistence(): ProgressPersistence {
  let value: string | undefined
  return {
    load: () => (value === undefined
      ? undefined
      : JSON.parse(value)),
    save: (record) => {
      value = JSON.stringify(record)
    },
    remove: () => {
      value = undefined
    },
  }
}

export function storageProgressPersistence(storage: Storage, key = PROGRESS_KEY): ProgressPersistence {
  return {
    load: () => readStoredJson(storage, key, '[progress]'),
    save: record => writeStoredJson(storage, key, record, '[progress]'),
    remove() {
      try {
        storage.removeItem(key)
      }
      catch {}
    },
  }
}

/** localStorage where the browser allows it, otherwise memory (tests, private modes that throw). */
export function defaultProgressPersistence(): ProgressPersistence {
  try {
    if (typeof localStorage !== 'undefined') {
      localStorage.getItem(PROGRESS_KEY)
      return storageProgressPersistence(localStorage)
    }
  }
  catch {}
  return memoryProgressPersistence()
}
