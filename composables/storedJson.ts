/**
 * Reading and writing one JSON value in a Storage (localStorage) without ever throwing:
 * unreadable JSON is removed with a console warning, a storage that refuses access reads as empty,
 * and a failed write (quota, privacy mode) is a warning.
 */

/** The parsed value at `key`, or `undefined` when absent, unreadable or not JSON. `label` prefixes warnings. */
export function readStoredJson(storage: Storage, key: string, label: string): unknown {
  let raw: string | null
  try {
    raw = storage.getItem(key)
  }
  catch {
    return undefined
  }
  if (raw === null)
    return undefined
  try {
    return JSON.parse(raw)
  }
  catch {
    console.warn(`${label} saved data is not valid JSON; it was dropped`)
    try {
      storage.removeItem(key)
    }
    catch {}
    return undefined
  }
}

/** Saves `value` at `key` as JSON; a refusal is a warning, never an error. */
export function writeStoredJson(storage: Storage, key: string, value: unknown, label: string): void {
  try {
    storage.setItem(key, JSON.stringify(value))
  }
  catch (error) {
    console.warn(`${label} could not save: ${(error as Error).message}`)
  }
}
