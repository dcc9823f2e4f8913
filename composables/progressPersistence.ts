/**
 * Where the learner's progress (last slide, slides seen) survives a reload: one localStorage key per deck,
 * because the decks of the kit (the workshop and the briefing) share one origin and a learner may move through
 * both. Reading never throws: unreadable JSON is dropped with a console warning. SCORM can swap in its own
 * persistence through `learnerProgress.usePersistence`.
 */
import { readStoredJson, writeStoredJson } from './storedJson.ts'

/**
 * The key of the single record kept before progress was saved per deck (1 record for whichever deck was
 * visited last). Read once: moved to its deck's own key when that deck opens.
 */
export const LEGACY_PROGRESS_KEY = 'qzgz-kit:progress'

/** The storage key of one deck's progress (by its title); the record inside carries its own version (`v`). */
export function progressKey(deck: string): string {
  return `${LEGACY_PROGRESS_KEY}:${deck}`
}

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
  /** The saved value for `deck`, or `undefined` when there is none or it could not be read. */
  load: (deck: string) => unknown
  /** Saves the record of its own deck (`record.deck`), leaving other decks' records alone. */
  save: (record: ProgressRecord) => void
  /** Forgets the record of `deck`. */
  remove: (deck: string) => void
}

export function memoryProgressPersistence(): ProgressPersistence {
  const values = new Map<string, string>()
  return {
    load: (deck) => {
      const value = values.get(deck)
      return value === undefined
        ? undefined
        : JSON.parse(value)
    },
    save: (record) => {
      values.set(record.deck, JSON.stringify(record))
    },
    remove: (deck) => {
      values.delete(deck)
    },
  }
}

function removeItem(storage: Storage, key: string): void {
  try {
    storage.removeItem(key)
  }
  catch {}
}

/**
 * The record under the old shared key, if it belongs to `deck`: moved to the deck's own key (and the old key
 * removed). A record of another deck stays where it is until that deck opens; one without a deck is dropped.
 */
function migrateLegacyRecord(storage: Storage, deck: string): unknown {
  const legacy = readStoredJson(storage, LEGACY_PROGRESS_KEY, '[progress]')
  if (legacy === undefined)
    return undefined
  const owner = typeof legacy === 'object' && legacy !== null
    ? (legacy as { deck?: unknown }).deck
    : undefined
  if (typeof owner === 'string' && owner !== deck)
    return undefined
  removeItem(storage, LEGACY_PROGRESS_KEY)
  if (owner === undefined)
    return undefined
  writeStoredJson(storage, progressKey(deck), legacy, '[progress]')
  return legacy
}

export function storageProgressPersistence(storage: Storage): ProgressPersistence {
  return {
    load: (deck) => {
      const saved = readStoredJson(storage, progressKey(deck), '[progress]')
      return saved === undefined
        ? migrateLegacyRecord(storage, deck)
        : saved
    },
    save: record => writeStoredJson(storage, progressKey(record.deck), record, '[progress]'),
    remove: deck => removeItem(storage, progressKey(deck)),
  }
}

/** localStorage where the browser allows it, otherwise memory (tests, private modes that throw). */
export function defaultProgressPersistence(): ProgressPersistence {
  try {
    if (typeof localStorage !== 'undefined') {
      localStorage.getItem(LEGACY_PROGRESS_KEY)
      return storageProgressPersistence(localStorage)
    }
  }
  catch {}
  return memoryProgressPersistence()
}
