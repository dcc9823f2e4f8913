/**
 * Maps the course result to the SCORM data model elements to set, for either version.
 *
 * - Passed/failed is decided only by the post-test: "taken" means `postTestScore` is a number and
 *   `postTestMax` is above 0; passed when `postTestScore / postTestMax >= masteryThreshold` (0.8).
 * - SCORM 1.2: `cmi.core.lesson_status` is passed/failed once the post-test is taken, otherwise
 *   completed/incomplete. The score elements are CMIDecimals that the 1.2 run-time restricts to
 *   0–100 (RTE 3.4.2.2.2; strict LMSs and scorm-again reject more), so the course score is reported
 *   as a percentage: raw = 100 · scoreRaw / scoreMax, min 0, max 100.
 * - SCORM 2004: `cmi.completion_status` completed/incomplete, `cmi.success_status`
 *   passed/failed/unknown, `cmi.score.raw/min/max` as given (min 0), `cmi.score.scaled` in [0, 1],
 *   and `cmi.progress_measure`, which is 1 exactly when completed, so that an LMS deriving
 *   completion from a completion threshold agrees with `completion_status`.
 * - No score elements are reported when `scoreMax` is not above 0 (nothing scored yet).
 * - Scores are set before statuses (some LMSs judge the status when it is set), as decimal strings
 *   with at most 7 decimals and never in exponent notation. Out-of-range inputs are clamped.
 */
import type { CourseResult } from '../record/courseResult.ts'
import type { ScormVersion } from './findScormApi.ts'
import { DEFAULT_MASTERY_THRESHOLD } from '../curriculum/masteryThreshold.ts'

export type { CourseResult } from '../record/courseResult.ts'

export type CmiPair = readonly [key: string, value: string]

/** A SCORM 2004 real(10,7) or 1.2 CMIDecimal: at most 7 decimals, no exponent, no "-0". */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value))
    return '0'
  if (Math.abs(value) >= 1e21) // toFixed switches to exponent notation there
    return BigInt(value).toString()
  const text = value.toFixed(7).replace(/\.?0+$/, '')
  return text === '-0'
    ? '0'
    : text
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value)
    ? Math.min(Math.max(value, min), max)
    : min
}

/** `undefined` when the post-test was not taken, else whether it reached the threshold. */
export function postTestPassed(result: CourseResult): boolean | undefined {
  const { postTestScore, postTestMax } = result
  if (typeof postTestScore !== 'number' || !Number.isFinite(postTestScore) || typeof postTestMax !== 'number' || !(postTestMax > 0))
    return undefined
  const { masteryThreshold = DEFAULT_MASTERY_THRESHOLD } = result
  const threshold = Number.isFinite(masteryThreshold)
    ? clamp(masteryThreshold, 0, 1)
    : DEFAULT_MASTERY_THRESHOLD
  // Compare with a tolerance so 0.8 · 10 = 8 points passes despite floating-point rounding.
  return postTestScore >= threshold * postTestMax - 1e-9
}

/** The course score as a share of its maximum, or `undefined` when nothing is scored. */
function scaledScore(result: CourseResult): number | undefined {
  if (!(result.scoreMax > 0) || !Number.isFinite(result.scoreMax))
    return undefined
  return clamp(result.scoreRaw, 0, result.scoreMax) / result.scoreMax
}

/** passed/failed from the post-test, or `otherwise` when it was not taken. */
function successOr<T extends string>(result: CourseResult, otherwise: T): T | 'passed' | 'failed' {
  const passed = postTestPassed(result)
  if (passed === undefined)
    return otherwise
  return passed ? 'passed' : 'failed'
}

function report12(result: CourseResult): CmiPair[] {
  const scaled = scaledScore(result)
  const percent = scaled === undefined
    ? undefined
    : formatDecimal(Math.round(scaled * 10000) / 100)
  const score: CmiPair[] = percent === undefined
    ? []
    : [
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', percent],
      ]
  const status = successOr(result, result.completed ? 'completed' : 'incomplete')
  return [
    ...score,
    ['cmi.core.lesson_status', status],
  ]
}

function report2004(result: CourseResult): CmiPair[] {
  const scaled = scaledScore(result)
  const max = formatDecimal(result.scoreMax)
  const raw = formatDecimal(clamp(result.scoreRaw, 0, result.scoreMax))
  const score: CmiPair[] = scaled === undefined
    ? []
    : [
        ['cmi.score.min', '0'],
        ['cmi.score.max', max],
        ['cmi.score.raw', raw],
        [
          'cmi.score.scaled',
          formatDecimal(Math.round(scaled * 1e7) / 1e7),
        ],
      ]
  const progress = result.completed
    ? 1
    : Math.min(clamp(result.progress, 0, 1), 0.9999999)
  return [
    ...score,
    [
      'cmi.progress_measure',
      formatDecimal(progress),
    ],
    [
      'cmi.completion_status',
      result.completed ? 'completed' : 'incomplete',
    ],
    [
      'cmi.success_status',
      successOr(result, 'unknown'),
    ],
  ]
}

/** The `[element, value]` pairs that report `result` to an LMS of `version`, in the order to set them. */
export function scormReport(result: CourseResult, version: ScormVersion): CmiPair[] {
  return version === '1.2'
    ? report12(result)
    : report2004(result)
}
