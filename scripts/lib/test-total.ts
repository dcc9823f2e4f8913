/**
 * Sums the JSON reports of Vitest and Playwright, and the steps of `npm test` that are not test runners
 * (typecheck, lint, build: one check each), into one `N passed, N failed` line. A runner whose report is
 * missing did not finish: it counts as one failed check.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export const VITEST_REPORT = 'reports/vitest.json'
export const PLAYWRIGHT_REPORT = 'reports/playwright.json'
/** Written by scripts/test.ts: the outcome of each step that is not a test runner. */
export const STEPS_REPORT = 'reports/steps.json'

/** One step of `npm test` that counts as one check (typecheck, lint, build, …). */
export interface StepResult {
  name: string
  ok: boolean
}

export function writeStepResults(steps: readonly StepResult[], file = STEPS_REPORT): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify({ steps }, null, 2)}\n`)
}

export interface TestTotal {
  passed: number
  failed: number
  skipped: number
  /** Reports that were expected but not found (their runner did not finish). */
  missing: string[]
}

function readJson(file: string): any {
  return JSON.parse(readFileSync(file, 'utf8'))
}

export function totalFrom(reports: { vitest?: any, playwright?: any, steps?: readonly StepResult[] }): Omit<TestTotal, 'missing'> {
  const total = { passed: 0, failed: 0, skipped: 0 }
  for (const step of reports.steps ?? []) {
    if (step.ok)
      total.passed++
    else
      total.failed++
  }
  if (reports.vitest) {
    total.passed += reports.vitest.numPassedTests ?? 0
    total.failed += (reports.vitest.numFailedTests ?? 0) + (reports.vitest.numFailedTestSuites ?? 0)
    total.skipped += (reports.vitest.numPendingTests ?? 0) + (reports.vitest.numTodoTests ?? 0)
  }
  if (reports.playwright) {
    const stats = reports.playwright.stats ?? {}
    total.passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
    total.failed += stats.unexpected ?? 0
    total.skipped += stats.skipped ?? 0
    total.failed += (reports.playwright.errors ?? []).length
  }
  return total
}

/** The steps report's results; a report that cannot be read is one failed step (the total must not hide it). */
function readSteps(file: string): StepResult[] {
  try {
    const steps = readJson(file).steps
    if (Array.isArray(steps) && steps.every(s => typeof s?.name === 'string' && typeof s?.ok === 'boolean'))
      return steps
  }
  catch {}
  return [
    { name: `unreadable ${file}`, ok: false },
  ]
}

export function readTestTotal(files = { vitest: VITEST_REPORT, playwright: PLAYWRIGHT_REPORT, steps: STEPS_REPORT }): TestTotal {
  const missing = [files.vitest, files.playwright].filter(file => !existsSync(file))
  const total = totalFrom({
    vitest: existsSync(files.vitest)
      ? readJson(files.vitest)
      : undefined,
    playwright: existsSync(files.playwright)
      ? readJson(files.playwright)
      : undefined,
    steps: existsSync(files.steps)
      ? readSteps(files.steps)
      : undefined,
  })
  return { ...total, failed: total.failed + missing.length, missing }
}

export function formatTotal(total: Omit<TestTotal, 'missing'>): string {
  return `${total.passed} passed, ${total.failed} failed${total.skipped
    ? `, ${total.skipped} skipped`
    : ''}`
}
