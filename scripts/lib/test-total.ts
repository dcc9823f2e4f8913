/** Sums the JSON reports of Vitest and Playwright into one `N passed, N failed` line. */
import { existsSync, readFileSync } from 'node:fs'

export const VITEST_REPORT = 'reports/vitest.json'
export const PLAYWRIGHT_REPORT = 'reports/playwright.json'

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

export function totalFrom(reports: { vitest?: any, playwright?: any }): Omit<TestTotal, 'missing'> {
  const total = { passed: 0, failed: 0, skipped: 0 }
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

export function readTestTotal(): TestTotal {
  const missing = [VITEST_REPORT, PLAYWRIGHT_REPORT].filter(file => !existsSync(file))
  const total = totalFrom({
    vitest: existsSync(VITEST_REPORT)
      ? readJson(VITEST_REPORT)
      : undefined,
    playwright: existsSync(PLAYWRIGHT_REPORT)
      ? readJson(PLAYWRIGHT_REPORT)
      : undefined,
  })
  return { ...total, missing }
}

export function formatTotal(total: Omit<TestTotal, 'missing'>): string {
  return `${total.passed} passed, ${total.failed} failed${total.skipped
    ? `, ${total.skipped} skipped`
    : ''}`
}
