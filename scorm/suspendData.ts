/**
 * The learner record saved in `cmi.suspend_data`: a compact, versioned, ASCII-only JSON text.
 *
 * Format (version 1), no whitespace, keys in this order:
 *   {"v":1,"s":<slide>,"c":<0|1>,"r":"<seen ranges>","x":[<exercise>,…]}
 * - `s`: the current slide; `c`: 1 when the course is completed;
 * - `r`: the slides seen as sorted ranges, e.g. "1-12,15"; or instead `"n":<count>` once collapsed;
 * - `x`: exercise states as `[id,type,rv,response,flags,attempts]` (flags: 1 checked, 2 revealed),
 *   in the order of `record.exercises`; `v` and `id` of the state envelope are implied.
 * Every character outside printable ASCII is written as a JSON `\uXXXX` escape, so characters and
 * bytes count the same and no LMS can mangle an encoding.
 *
 * Truncation rule, applied only while the text is longer than the limit, in this order:
 * 1. `seen` is collapsed to its count (`"n"`; decoded as `seen: []` and `seenCount`); so is a
 *    record that already had only a `seenCount`, or more than `MAX_SEEN_SLIDES` slides;
 * 2. exercise states are dropped one at a time, lowest `priority` first (default: unscored types
 *    such as self-assessment, action plans, role-play notes and the course survey, then other scored
 *    ones, and the quizzes last: the post-test decides passed/failed and is compared with the
 *    pre-test), and within one priority the one
 *    listed first in `record.exercises` first: callers list exercises oldest-answered first. The
 *    order is strict: the states kept are always the last ones in this order (once one does not
 *    fit, it and every state before it are dropped, even smaller ones).
 * The current slide and the completion state are never dropped; with them alone the text is at most
 * 62 characters, and a limit below `MIN_SUSPEND_DATA_LIMIT` is refused.
 */
import type { ScormVersion } from './findScormApi.ts'

export interface LearnerRecord {
  /** The current slide (Slidev numbers slides from 1). */
  slide: number
  /** Slides seen, in any order; empty when only `seenCount` survived truncation. */
  seen: number[]
  /** When `seen` was collapsed to save space: how many slides had been seen. */
  seenCount?: number
  /** Exercise states (see exercises/contract.ts `ExerciseState`), by exercise id. */
  exercises: Record<string, unknown>
  completed: boolean
}

export interface SuspendDataOptions {
  /** Maximum length of the text. Default: the version's limit, see `SUSPEND_DATA_LIMITS`. */
  limit?: number
  /** Exercise states with a lower priority are dropped first. Default `defaultExercisePriority`. */
  priority?: (id: string, state: unknown) => number
}

export const SUSPEND_DATA_VERSION = 1

/** SCORM 1.2 `cmi.suspend_data` is CMIString4096 (strict LMSs reject more); 2004's is 64 000. */
export const SUSPEND_DATA_LIMITS: Readonly<Record<ScormVersion, number>> = { 1.2: 4096, 2004: 64000 }

export const MIN_SUSPEND_DATA_LIMIT = 64

/** More slides than this in `seen` is collapsed to a count when encoding, and is corrupt when decoding. */
export const MAX_SEEN_SLIDES = 100_000

/** Exercise types without a score (maxScore 0): their answers are dropped first. */
export const UNSCORED_EXERCISE_TYPES: readonly string[] = [
  'self-assessment',
  'action-plan',
  'role-play',
  'course-survey',
]

/** Exercise types kept longest: the pre-test and post-test (passed/failed, the comparison). */
export const KEPT_LONGEST_EXERCISE_TYPES: readonly string[] = ['quiz']

export function defaultExercisePriority(_id: string, state: unknown): number {
  const type = (state as { type?: unknown } | null)?.type
  if (typeof type !== 'string')
    return 1
  if (UNSCORED_EXERCISE_TYPES.includes(type))
    return 0
  return KEPT_LONGEST_EXERCISE_TYPES.includes(type)
    ? 2
    : 1
}

const CHECKED = 1
const REVEALED = 2

/** JSON with every character outside printable ASCII escaped. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7E]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** "1-12,15" from [15, 1, 2, …, 12]; ignores anything that is not a whole number ≥ 0. */
export function formatRanges(numbers: readonly number[]): string {
  const sorted = [
    ...new Set(numbers.filter(isCount)),
  ].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i]!
    let last = first
    while (sorted[i + 1] === last + 1)
      last = sorted[++i]!
    i++
    ranges.push(first === last
      ? `${first}`
      : `${first}-${last}`)
  }
  return ranges.join(',')
}

/**
 * [1, 2, …, 12, 15] from "1-12,15"; `undefined` when the text is not such a list of increasing,
 * non-overlapping ranges, or when it holds more than `maxCount` numbers.
 */
export function parseRanges(text: string, maxCount = MAX_SEEN_SLIDES): number[] | undefined {
  if (text === '')
    return []
  const numbers: number[] = []
  let previous = -1
  for (const part of text.split(',')) {
    const match = /^(\d{1,16})(?:-(\d{1,16}))?$/.exec(part)
    if (!match)
      return undefined
    const first = Number(match[1])
    const last = match[2] === undefined
      ? first
      : Number(match[2])
    if (!isCount(first) || !isCount(last) || first <= previous || last < first || numbers.length + (last - first + 1) > maxCount)
      return undefined
    for (let n = first; n <= last; n++)
      numbers.push(n)
    previous = last
  }
  return numbers
}

/** The compact form of an ExerciseState, or `undefined` when `state` is not one. */
function compactExercise(id: string, state: unknown): unknown[] | undefined {
  if (state === null || typeof state !== 'object')
    return undefined
  const s = state as Record<string, unknown>
  if (s.v !== 1 || typeof s.type !== 'string' || !isCount(s.rv) || !('response' in s)
    || typeof s.checked !== 'boolean' || typeof s.revealed !== 'boolean' || !isCount(s.attempts)) {
    return undefined
  }
  let response: string | undefined
  try {
    response = JSON.stringify(s.response)
  }
  catch {
    return undefined
  }
  if (response === undefined)
    return undefined
  return [
    id,
    s.type,
    s.rv,
    s.response,
    (s.checked ? CHECKED : 0) | (s.revealed ? REVEALED : 0),
    s.attempts,
  ]
}

/** One encoded exercise state, with what decides when it is dropped. */
interface Fragment {
  text: string
  rank: number
  order: number
}

function fragmentsOf(exercises: Record<string, unknown>, priority: (id: string, state: unknown) => number): Fragment[] {
  const fragments: Fragment[] = []
  Object.entries(exercises).forEach(([id, state], order) => {
    const compact = compactExercise(id, state)
    if (compact) {
      fragments.push({
        text: asciiJson(compact),
        rank: priority(id, state),
        order,
      })
    }
  })
  return fragments
}

/** Length of the fragments joined with commas. */
function joinedLength(fragments: readonly Fragment[]): number {
  return fragments.reduce((sum, fragment) => sum + fragment.text.length, 0) + Math.max(0, fragments.length - 1)
}

/**
 * Encodes `record` for `cmi.suspend_data` in at most the version's limit of characters (or
 * `options.limit`), dropping detail by the rule above when needed. Values of `record.exercises`
 * that are not ExerciseStates (or whose response is not JSON) are left out.
 */
export function encodeSuspendData(record: LearnerRecord, version: ScormVersion, options: SuspendDataOptions = {}): string {
  const limit = options.limit ?? SUSPEND_DATA_LIMITS[version]
  if (!Number.isFinite(limit) || limit < MIN_SUSPEND_DATA_LIMIT)
    throw new RangeError(`suspend_data limit must be at least ${MIN_SUSPEND_DATA_LIMIT}, got ${limit}`)
  const slide = isCount(record.slide)
    ? record.slide
    : 0
  const head = `{"v":${SUSPEND_DATA_VERSION},"s":${slide},"c":${record.completed ? 1 : 0}`
  const encode = (seenPart: string, list: string) => `${head},${seenPart},"x":[${list}]}`
  const fragments = fragmentsOf(record.exercises, options.priority ?? defaultExercisePriority)

  // Step 1: the seen slides as ranges when everything fits with them, otherwise as a count.
  const distinctSeen = new Set(record.seen.filter(isCount)).size
  const collapsed = `"n":${Math.max(distinctSeen, isCount(record.seenCount)
    ? record.seenCount
    : 0)}`
  let seenPart = collapsed
  if (record.seenCount === undefined && distinctSeen <= MAX_SEEN_SLIDES) {
    const ranges = `"r":${asciiJson(formatRanges(record.seen))}`
    if (encode(ranges, '').length + joinedLength(fragments) <= limit)
      seenPart = ranges
  }

  // Step 2: keep exercise states from the last to be dropped on, until the next one does not fit.
  const keepOrder = [...fragments].sort((a, b) => b.rank - a.rank || b.order - a.order)
  const kept = new Set<Fragment>()
  let length = encode(seenPart, '').length
  for (const fragment of keepOrder) {
    const added = fragment.text.length + (kept.size > 0
      ? 1
      : 0)
    if (length + added > limit)
      break
    kept.add(fragment)
    length += added
  }
  return encode(seenPart, fragments.filter(fragment => kept.has(fragment)).map(fragment => fragment.text).join(','))
}

function decodeExercise(entry: unknown): [string, unknown] | undefined {
  if (!Array.isArray(entry) || entry.length !== 6)
    return undefined
  const [id, type, rv, response, flags, attempts] = entry as unknown[]
  if (typeof id !== 'string' || typeof type !== 'string' || !isCount(rv) || !isCount(flags) || flags > 3 || !isCount(attempts))
    return undefined
  const state = {
    v: 1,
    type,
    id,
    rv,
    response,
    checked: (flags & CHECKED) !== 0,
    revealed: (flags & REVEALED) !== 0,
    attempts,
  }
  return [id, state]
}

/** The record encoded in `text`, or `undefined` for empty, corrupt or other-version data. Never throws. */
export function decodeSuspendData(text: unknown): LearnerRecord | undefined {
  if (typeof text !== 'string' || text === '')
    return undefined
  let data: unknown
  try {
    data = JSON.parse(text)
  }
  catch {
    return undefined
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return undefined
  const d = data as Record<string, unknown>
  if (d.v !== SUSPEND_DATA_VERSION || !isCount(d.s) || (d.c !== 0 && d.c !== 1) || !Array.isArray(d.x))
    return undefined
  const hasRanges = typeof d.r === 'string'
  if (hasRanges === isCount(d.n))
    return undefined
  const seen = hasRanges
    ? parseRanges(d.r as string, MAX_SEEN_SLIDES)
    : []
  if (!seen)
    return undefined
  const entries: [string, unknown][] = []
  for (const entry of d.x) {
    const decoded = decodeExercise(entry)
    if (!decoded || entries.some(([id]) => id === decoded[0]))
      return undefined
    entries.push(decoded)
  }
  const record: LearnerRecord = {
    slide: d.s,
    seen,
    exercises: Object.fromEntries(entries),
    completed: d.c === 1,
  }
  if (!hasRanges)
    record.seenCount = d.n as number
  return record
}
