/**
 * One small interface over both SCORM run-time APIs, that never breaks the course.
 *
 * - Every LMS call is guarded: a "false" answer, a non-zero error code or a thrown exception is a
 *   failure that is reported once per kind (operation + LMS error code) with `console.warn`, and the
 *   call returns a neutral value (`false`, or `undefined` for `get`).
 * - A failed commit is remembered (`commitPending`); the next `commit()`, `retryPendingCommit()` or
 *   `terminate()` tries it again.
 * - The session follows SCORM's life cycle: `initialize` once (a second call is a no-op; a failed
 *   one may be tried again), `get`, `set` and `commit` only while initialized (otherwise they do
 *   nothing and warn once), `terminate` at most once: later calls return the first result without
 *   calling the LMS again, and no call reaches the LMS after it.
 */
import type { FoundScormApi, ScormVersion } from './findScormApi.ts'

export type LmsConnectionState = 'not-initialized' | 'initialized' | 'terminated'

export interface LmsConnection {
  readonly version: ScormVersion
  readonly state: LmsConnectionState
  /** A commit failed and has not succeeded since. */
  readonly commitPending: boolean
  /** Starts the session; `true` when it is (or already was) initialized. */
  initialize: () => boolean
  /** The value of a data model element; `undefined` when the LMS could not give one. */
  get: (key: string) => string | undefined
  /** Sets a data model element (numbers are written with `String`); `true` when the LMS accepted it. */
  set: (key: string, value: string | number) => boolean
  /** Asks the LMS to persist what was set; `true` on success. A failure is retried next time. */
  commit: () => boolean
  /** Commits again only when an earlier commit failed; `true` when nothing is left pending. */
  retryPendingCommit: () => boolean
  /** Retries a pending commit, then ends the session (once); `true` when the LMS accepted it. */
  terminate: () => boolean
}

export interface LmsConnectionOptions {
  /** Where failures are reported, once per kind. Default `console.warn`. */
  warn?: (message: string) => void
}

type Operation = 'initialize' | 'get' | 'set' | 'commit' | 'terminate'

/** The version-neutral calls the connection needs. */
interface Calls {
  initialize: () => unknown
  get: (key: string) => unknown
  set: (key: string, value: string) => unknown
  commit: () => unknown
  terminate: () => unknown
  lastError: () => unknown
  errorString: (code: string) => unknown
  diagnostic: (code: string) => unknown
}

const METHOD_NAMES: Record<ScormVersion, Record<Operation, string>> = {
  1.2: {
    initialize: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    terminate: 'LMSFinish',
  },
  2004: {
    initialize: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    terminate: 'Terminate',
  },
}

/** SCORM 2004 error 403 "Data Model Element Value Not Initialized": a normal empty value. */
const NOT_INITIALIZED_VALUE = '403'

function callsOf(found: FoundScormApi): Calls {
  if (found.version === '1.2') {
    const api = found.api
    return {
      initialize: () => api.LMSInitialize(''),
      get: key => api.LMSGetValue(key),
      set: (key, value) => api.LMSSetValue(key, value),
      commit: () => api.LMSCommit(''),
      terminate: () => api.LMSFinish(''),
      // eslint-disable-next-line unicorn/throw-new-error -- an LMS method, not an Error class: `--fix` would add a `new` that throws
      lastError: () => api.LMSGetLastError(),
      errorString: code => api.LMSGetErrorString(code),
      diagnostic: code => api.LMSGetDiagnostic(code),
    }
  }
  const api = found.api
  return {
    initialize: () => api.Initialize(''),
    get: key => api.GetValue(key),
    set: (key, value) => api.SetValue(key, value),
    commit: () => api.Commit(''),
    terminate: () => api.Terminate(''),
    // eslint-disable-next-line unicorn/throw-new-error -- an LMS method, not an Error class: `--fix` would add a `new` that throws
    lastError: () => api.GetLastError(),
    errorString: code => api.GetErrorString(code),
    diagnostic: code => api.GetDiagnostic(code),
  }
}

/** LMSs answer the string "true"; a few answer the boolean. */
function isTrue(result: unknown): boolean {
  return result === true || result === 'true'
}

function attempt<T>(call: () => T): { ok: true, value: T } | { ok: false, error: unknown } {
  try {
    return {
      ok: true,
      value: call(),
    }
  }
  catch (error) {
    return { ok: false, error }
  }
}

/** What an LMS call answered, as text; "" when it threw or answered nothing. */
function textOf(call: () => unknown): string {
  const result = attempt(call)
  return result.ok && result.value !== undefined && result.value !== null
    ? String(result.value)
    : ''
}

function describeError(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`
    : String(error)
}

export function createLmsConnection(found: FoundScormApi, options: LmsConnectionOptions = {}): LmsConnection {
  const calls = callsOf(found)
  const names = METHOD_NAMES[found.version]
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const warned = new Set<string>()
  let state: LmsConnectionState = 'not-initialized'
  let commitPending = false
  let terminateResult = false

  function warnOnce(kind: string, message: string): void {
    if (warned.has(kind))
      return
    warned.add(kind)
    warn(`[scorm ${found.version}] ${message} (reported once)`)
  }

  /** The LMS's last error code, "0" when there is none; never throws. */
  function lastErrorCode(): string {
    return textOf(calls.lastError) || '0'
  }

  function reportLmsError(operation: Operation, code: string, detail: string): void {
    const message = textOf(() => calls.errorString(code))
    const diagnostic = textOf(() => calls.diagnostic(code))
    const explanation = [
      ...new Set([message, diagnostic]),
    ].filter(Boolean).map(text => ` ${text}`).join(' —')
    warnOnce(`${operation}:${code}`, `${names[operation]}${detail} failed: LMS error ${code}${explanation}`)
  }

  /** Calls a boolean-answering LMS method; reports and returns `false` on any failure. */
  function callBoolean(operation: Operation, call: () => unknown, detail = ''): boolean {
    const result = attempt(call)
    if (!result.ok) {
      warnOnce(`${operation}:threw`, `${names[operation]}${detail} threw ${describeError(result.error)}`)
      return false
    }
    if (isTrue(result.value))
      return true
    reportLmsError(operation, lastErrorCode(), detail)
    return false
  }

  function requireSession(operation: Operation): boolean {
    if (state === 'initialized')
      return true
    warnOnce(`${operation}:${state}`, `${names[operation]} skipped: the session is ${state.replace('-', ' ')}`)
    return false
  }

  function commit(): boolean {
    if (!requireSession('commit'))
      return false
    commitPending = !callBoolean('commit', calls.commit)
    return !commitPending
  }

  return {
    version: found.version,
    get state() { return state },
    get commitPending() { return commitPending },
    initialize() {
      if (state === 'initialized')
        return true
      if (state === 'terminated') {
        warnOnce('initialize:terminated', `${names.initialize} skipped: the session is terminated`)
        return false
      }
      if (callBoolean('initialize', calls.initialize))
        state = 'initialized'
      return state === 'initialized'
    },
    get(key) {
      if (!requireSession('get'))
        return undefined
      const result = attempt(() => calls.get(key))
      if (!result.ok) {
        warnOnce('get:threw', `${names.get}("${key}") threw ${describeError(result.error)}`)
        return undefined
      }
      const value = result.value === undefined || result.value === null
        ? ''
        : String(result.value)
      if (value !== '')
        return value
      // An empty answer is either an empty value or an error: only the error code tells.
      const code = lastErrorCode()
      if (code === '0' || (found.version === '2004' && code === NOT_INITIALIZED_VALUE))
        return ''
      reportLmsError('get', code, `("${key}")`)
      return undefined
    },
    set(key, value) {
      if (!requireSession('set'))
        return false
      return callBoolean('set', () => calls.set(key, String(value)), `("${key}")`)
    },
    commit,
    retryPendingCommit() {
      return commitPending
        ? commit()
        : true
    },
    terminate() {
      if (state === 'terminated')
        return terminateResult
      if (state === 'not-initialized') {
        state = 'terminated'
        warnOnce('terminate:not-initialized', `${names.terminate} skipped: the session was never initialized`)
        return false
      }
      if (commitPending)
        commit()
      terminateResult = callBoolean('terminate', calls.terminate)
      state = 'terminated'
      return terminateResult
    },
  }
}
