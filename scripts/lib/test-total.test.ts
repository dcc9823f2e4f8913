import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatTotal, readTestTotal, totalFrom, writeStepResults } from './test-total.ts'

const vitest = {
  numPassedTests: 10,
  numFailedTests: 0,
  numFailedTestSuites: 0,
  numPendingTests: 0,
  numTodoTests: 0,
}
const playwright = {
  stats: {
    expected: 5,
    unexpected: 0,
    flaky: 0,
    skipped: 0,
  },
  errors: [],
}

describe('totalFrom', () => {
  it('counts a failed typecheck, lint or build step as failed, and a passing one as passed', () => {
    const steps = [
      { name: 'typecheck', ok: false },
      { name: 'lint', ok: true },
      { name: 'build (sites and SCORM packages)', ok: false },
    ]
    expect(totalFrom({ vitest, playwright, steps })).toEqual({ passed: 16, failed: 2, skipped: 0 })
    expect(formatTotal(totalFrom({ vitest, playwright, steps }))).toBe('16 passed, 2 failed')
  })

  it('adds the runners\' failures, failed suites and errors', () => {
    expect(totalFrom({
      vitest: { ...vitest, numFailedTests: 2, numFailedTestSuites: 1 },
      playwright: {
        ...playwright,
        stats: { ...playwright.stats, unexpected: 1, flaky: 1 },
        errors: [{}],
      },
    })).toEqual({ passed: 16, failed: 5, skipped: 0 })
  })
})

describe('readTestTotal', () => {
  let dir: string
  let files: { vitest: string, playwright: string, steps: string }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'test-total-'))
    files = {
      vitest: join(dir, 'vitest.json'),
      playwright: join(dir, 'playwright.json'),
      steps: join(dir, 'steps.json'),
    }
    writeFileSync(files.vitest, JSON.stringify(vitest))
    writeFileSync(files.playwright, JSON.stringify(playwright))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('reads the steps that scripts/test.ts writes', () => {
    writeStepResults([
      { name: 'typecheck', ok: true },
      { name: 'lint', ok: false },
    ], files.steps)
    expect(formatTotal(readTestTotal(files))).toBe('16 passed, 1 failed')
  })

  it('all green without a steps report (runners only)', () => {
    expect(formatTotal(readTestTotal(files))).toBe('15 passed, 0 failed')
  })

  it('a runner that left no report counts as failed', () => {
    rmSync(files.playwright)
    const total = readTestTotal(files)
    expect(total.missing).toEqual([files.playwright])
    expect(formatTotal(total)).toBe('10 passed, 1 failed')
  })

  it('an unreadable steps report counts as failed', () => {
    writeFileSync(files.steps, '{"steps": [{"name": 1}]}')
    expect(readTestTotal(files).failed).toBe(1)
    writeFileSync(files.steps, 'not json')
    expect(readTestTotal(files).failed).toBe(1)
  })
})
