/**
 * Finds the LMS run-time API that a SCORM package talks to: `API` (SCORM 1.2) or `API_1484_11`
 * (SCORM 2004), published by the LMS on one of the windows around the course.
 *
 * Search order (nearest first, as ADL's reference `GetAPI` does):
 * 1. the course's own window, then its parents, up to `maxDepth` levels up;
 * 2. then the `opener` of each of those windows (a course launched in a pop-up), and the opener's
 *    parents, again up to `maxDepth` levels.
 *
 * Version choice: the first window (in that order) that has a usable API wins, because the nearest
 * frame is the LMS run-time that launched this attempt. When that window offers both APIs,
 * SCORM 2004 is chosen: its data model is richer (64 000-character suspend_data, separate completion
 * and success). When the package's manifest declares one version, pass `version` to force it: then
 * only that API is looked for, in every window.
 *
 * A window of another origin throws on any property read: such a window is skipped (its parent and
 * opener are still tried, when they can be read). An object that is not a function-bearing API
 * (a page's own global called `API`, for instance) is ignored.
 */

export type ScormVersion = '1.2' | '2004'

/** The SCORM 1.2 run-time API (`window.API`). LMSs return "true"/"false" strings, some booleans. */
export interface Scorm12Api {
  LMSInitialize: (parameter: '') => unknown
  LMSFinish: (parameter: '') => unknown
  LMSGetValue: (element: string) => unknown
  LMSSetValue: (element: string, value: string) => unknown
  LMSCommit: (parameter: '') => unknown
  LMSGetLastError: () => unknown
  LMSGetErrorString: (code: string) => unknown
  LMSGetDiagnostic: (code: string) => unknown
}

/** The SCORM 2004 run-time API (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize: (parameter: '') => unknown
  Terminate: (parameter: '') => unknown
  GetValue: (element: string) => unknown
  SetValue: (element: string, value: string) => unknown
  Commit: (parameter: '') => unknown
  GetLastError: () => unknown
  GetErrorString: (code: string) => unknown
  GetDiagnostic: (code: string) => unknown
}

export type FoundScormApi
  = | { version: '1.2', api: Scorm12Api }
    | { version: '2004', api: Scorm2004Api }

export interface FindScormApiOptions {
  /** Look only for this version's API. Default: either, 2004 first within one window. */
  version?: ScormVersion
  /** How many `parent` levels to climb from the course window and from each opener. Default 10. */
  maxDepth?: number
}

export const DEFAULT_MAX_DEPTH = 10

const API_METHODS = {
  1.2: [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ],
  2004: [
    'Initialize',
    'Terminate',
    'GetValue',
    'SetValue',
    'Commit',
    'GetLastError',
    'GetErrorString',
    'GetDiagnostic',
  ],
} as const

const API_PROPERTY = { 1.2: 'API', 2004: 'API_1484_11' } as const

/** Reads `object[key]`, or `undefined` when the read throws (another origin, a hostile getter). */
function read(object: unknown, key: string): unknown {
  try {
    return (object !== null && typeof object === 'object') || typeof object === 'function'
      ? (object as Record<string, unknown>)[key]
      : undefined
  }
  catch {
    return undefined
  }
}

function isApi(candidate: unknown, version: ScormVersion): boolean {
  return candidate !== null
    && typeof candidate === 'object'
    && API_METHODS[version].every(method => typeof read(candidate, method) === 'function')
}

function apiOf(win: unknown, versions: readonly ScormVersion[]): FoundScormApi | undefined {
  for (const version of versions) {
    const api = read(win, API_PROPERTY[version])
    if (isApi(api, version))
      return { version, api } as FoundScormApi
  }
  return undefined
}

/** `win` and its parents, nearest first, at most `maxDepth` levels up, without repeats. */
function chain(win: unknown, maxDepth: number, visited: Set<unknown>): unknown[] {
  const windows: unknown[] = []
  let current = win
  for (let level = 0; level <= maxDepth && current != null && !visited.has(current); level++) {
    visited.add(current)
    windows.push(current)
    current = read(current, 'parent')
  }
  return windows
}

/**
 * The LMS API around `start` (default: the current window), or `undefined` outside an LMS.
 * Never throws.
 */
export function findScormApi(start: unknown = globalThis.window, options: FindScormApiOptions = {}): FoundScormApi | undefined {
  const maxDepth = Math.max(0, Math.floor(options.maxDepth ?? DEFAULT_MAX_DEPTH))
  const versions: readonly ScormVersion[] = options.version
    ? [options.version]
    : ['2004', '1.2']
  const visited = new Set<unknown>()
  const windows = chain(start, maxDepth, visited)
  for (const win of windows) {
    const found = apiOf(win, versions)
    if (found)
      return found
  }
  for (const win of windows) {
    for (const candidate of chain(read(win, 'opener'), maxDepth, visited)) {
      const found = apiOf(candidate, versions)
      if (found)
        return found
    }
  }
  return undefined
}
