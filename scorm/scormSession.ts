import type { LmsConnection } from './createLmsConnection.ts'
/**
 * One SCORM attempt, from LMSInitialize/Initialize to LMSFinish/Terminate, for either version.
 *
 * - Start: initializes the LMS session and reads `cmi.suspend_data`. Data from another version of the
 *   kit, or damaged, is ignored with one warning and the learner starts fresh.
 * - `flush()`: writes what changed since the last flush (`cmi.suspend_data`, the location, the score
 *   and status pairs of scormReport.ts) and commits. A failed call never throws; the connection logs
 *   it once and retries a failed commit at the next flush or at the end.
 * - `finish()`: a last flush, then `exit` = "suspend" (so the LMS keeps the attempt's suspend_data for
 *   the next launch, also after completion: the learner's record stays available), the session time,
 *   and LMSFinish/Terminate. Later calls do nothing.
 * - The completion state is sticky: once completed, the course reports completed even if the learner
 *   later clears their progress.
 */
import type { FoundScormApi, ScormVersion } from './findScormApi.ts'
import type { LearnerRecordStore } from './learnerRecordStore.ts'
import type { CmiPair, CourseResult } from './scormReport.ts'
import { createLmsConnection } from './createLmsConnection.ts'
import { createLearnerRecordStore } from './learnerRecordStore.ts'
import { scormReport } from './scormReport.ts'
import { decodeSuspendData, encodeSuspendData } from './suspendData.ts'

export interface ScormSessionOptions {
  /** Title of the deck, the progress store's key. */
  deck: string
  /** The course result now (read at every flush). */
  result: () => CourseResult
  /** Called after every change of the learner record (e.g. to schedule a flush). */
  onChange?: () => void
  /** Where problems are reported, once each. Default `console.warn`. */
  warn?: (message: string) => void
  /** Clock in milliseconds, for the session time. Default `Date.now`. */
  now?: () => number
}

export interface ScormSession {
  readonly version: ScormVersion
  readonly connection: LmsConnection
  /** The learner record, and the persistences to hand to the exercise and progress stores. */
  readonly record: LearnerRecordStore
  /** Writes changed values to the LMS and commits; `true` when the LMS has everything. */
  flush: () => boolean
  /** Ends the attempt (once); `true` when the LMS accepted it. */
  finish: () => boolean
}

const ELEMENTS = {
  1.2: { location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time' },
  2004: { location: 'cmi.location', exit: 'cmi.exit', sessionTime: 'cmi.session_time' },
} as const

const pad = (value: number, length: number) => String(value).padStart(length, '0')

/** A duration as SCORM 1.2 CMITimespan (HHHH:MM:SS.SS) or SCORM 2004 timeinterval (PT#H#M#S). */
export function formatSessionTime(milliseconds: number, version: ScormVersion): string {
  const centiseconds = Math.max(0, Math.round((Number.isFinite(milliseconds)
    ? milliseconds
    : 0) / 10))
  const hours = Math.floor(centiseconds / 360_000)
  const minutes = Math.floor(centiseconds / 6000) % 60
  const seconds = (centiseconds % 6000) / 100
  if (version === '2004')
    return `PT${hours}H${minutes}M${seconds}S`
  // CMITimespan allows 4 hour digits: a longer session is reported as the longest one it can hold.
  if (hours > 9999)
    return '9999:59:59.99'
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`
}

/**
 * Starts an attempt on the LMS API `found`, or returns `undefined` when the LMS refuses to initialize
 * (the connection has logged why; the caller keeps the course on localStorage).
 */
export function startScormSession(found: FoundScormApi, options: ScormSessionOptions): ScormSession | undefined {
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const now = options.now ?? Date.now
  const connection = createLmsConnection(found, { warn })
  if (!connection.initialize())
    return undefined
  const started = now()
  const version = found.version
  const elements = ELEMENTS[version]

  const saved = connection.get('cmi.suspend_data')
  const decoded = decodeSuspendData(saved)
  if (saved && !decoded)
    warn(`[scorm ${version}] ignored cmi.suspend_data from another version of the course or damaged (${saved.length} characters); starting fresh`)

  const record = createLearnerRecordStore(decoded, options.deck, () => options.onChange?.())
  /** What the LMS last accepted, per element: unchanged values are not sent again. */
  const written = new Map<string, string>()
  if (saved && decoded)
    written.set('cmi.suspend_data', saved)
  let finished = false

  /** Sets `element` unless the LMS already has `value`; `true` when something was sent. */
  function write(element: string, value: string): boolean {
    if (written.get(element) === value)
      return false
    if (connection.set(element, value))
      written.set(element, value)
    return true
  }

  function flush(): boolean {
    if (finished)
      return false
    const result = options.result()
    if (result.completed)
      record.markCompleted()
    const snapshot = record.snapshot()
    const pairs: CmiPair[] = [
      [
        'cmi.suspend_data',
        encodeSuspendData(snapshot, version),
      ],
      ...(snapshot.slide >= 1
        ? [
            [
              elements.location,
              String(snapshot.slide),
            ] as const,
          ]
        : []),
      ...scormReport({ ...result, completed: snapshot.completed }, version),
    ]
    let sent = false
    for (const [element, value] of pairs)
      sent = write(element, value) || sent
    return sent
      ? connection.commit()
      : connection.retryPendingCommit()
  }

  return {
    version,
    connection,
    record,
    flush,
    finish() {
      if (finished)
        return false
      flush()
      finished = true
      connection.set(elements.exit, 'suspend')
      connection.set(elements.sessionTime, formatSessionTime(now() - started, version))
      return connection.terminate()
    },
  }
}
