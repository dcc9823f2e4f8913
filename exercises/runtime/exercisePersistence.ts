/**
 * Where exercise states survive a reload: localStorage, one key per exercise id.
 * Reading never throws: unreadable JSON is dropped with a console warning.
 */
import { readStoredJson, writeStoredJson } from '../../composables/storedJson.ts'

/** Key prefix; the state envelope inside carries its own version (see exercises/contract.ts). */
export const STORAGE_PREFIX = 'qzgz-kit:exercise:'

export interface ExercisePersistence {
  /** The saved value for `id`, or `undefined` when there is none or it could not be read. */
  load: (id: string) => unknown
  save: (id: string, state: unknown) => void
  remove: (id: string) => void
  /** Removes every saved exercise state. */
  clearAll: () => void
}

export function memoryPersistence(): ExercisePersistence {
  const values = new Map<string, string>()
  return {
    load: id => (values.has(id)
      ? JSON.parse(values.get(id)!)
      : undefined),
    save: (id, state) => void values.set(id, JSON.stringify(state)),
    remove: id => void values.delete(id),
    clearAll: () => values.clear(),
  }
}

export function storagePersistence(storage: Storage): ExercisePersistence {
  const key = (id: string) => `${STORAGE_PREFIX}${id}`
  return {
    load: id => readStoredJson(storage, key(id), `[exercise ${id}]`),
    save: (id, state) => writeStoredJson(storage, key(id), state, `[exercise ${id}]`),
    remove: id => storage.removeItem(key(id)),
    clearAll() {
      for (let i = storage.length - 1; i >= 0; i--) {
        const name = storage.key(i)
        if (name?.startsWith(STORAGE_PREFIX))
          storage.removeItem(name)
      }
    },
  }
}

/** localStorage where the browser allows it, otherwise memory (tests, private modes that throw). */
export function defaultPersistence(): ExercisePersistence {
  try {
    if (typeof localStorage !== 'undefined') {
      localStorage.getItem(STORAGE_PREFIX)
      return storagePersistence(localStorage)
    }
  }
  catch {}
  return memoryPersistence()
}
