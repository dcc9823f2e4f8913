/**
 * `npm test`: typecheck, lint, unit tests, then the built site and its PDFs in Chromium.
 * Every step runs even when an earlier one fails, so one run shows everything that is wrong;
 * the last line is the total over Vitest and Playwright, `N passed, N failed`.
 */
import { rmSync } from 'node:fs'
import process from 'node:process'
import { DECKS } from '../curriculum/decks.ts'
import { ensureBrowser } from './lib/browser.ts'
import { buildDeck } from './lib/build-deck.ts'
import { localBin, run } from './lib/run.ts'
import { packageScorm } from './lib/scorm-package.ts'
import { formatTotal, PLAYWRIGHT_REPORT, readTestTotal, STEPS_REPORT, VITEST_REPORT, writeStepResults } from './lib/test-total.ts'

interface Step {
  name: string
  run: () => Promise<void>
  /** A test runner counts its own tests (in its JSON report); any other step counts as one check. */
  runner?: boolean
}

async function command(bin: string, args: string[]): Promise<void> {
  const code = await run(localBin(bin), args)
  if (code !== 0)
    throw new Error(`${bin} exited with code ${code}`)
}

let browserReady = false
let siteBuilt = false

const steps: Step[] = [
  {
    name: 'typecheck',
    run: () => command('vue-tsc', ['--noEmit', '-p', 'tsconfig.json']),
  },
  {
    name: 'lint',
    run: () => command('eslint', ['.']),
  },
  {
    name: 'unit tests',
    run: () => command('vitest', ['run']),
    runner: true,
  },
  {
    name: 'browser',
    run: async () => {
      const browser = ensureBrowser()
      console.log(`Chromium: ${browser.executablePath} (${browser.source})`)
      browserReady = true
    },
  },
  {
    name: 'build (sites and SCORM packages)',
    run: async () => {
      for (const deck of DECKS)
        await buildDeck(deck)
      for (const deck of DECKS)
        await packageScorm(deck)
      siteBuilt = true
    },
  },
  {
    name: 'e2e and PDF tests',
    run: async () => {
      if (!browserReady || !siteBuilt)
        throw new Error('skipped: needs a browser and a built site')
      await command('playwright', ['test'])
    },
    runner: true,
  },
]

rmSync(VITEST_REPORT, { force: true })
rmSync(PLAYWRIGHT_REPORT, { force: true })
rmSync(STEPS_REPORT, { force: true })

const failed: string[] = []
const checks: { name: string, ok: boolean }[] = []
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`)
  let ok = true
  try {
    await step.run()
  }
  catch (error) {
    console.error(`✖ ${step.name}: ${(error as Error).message}`)
    failed.push(step.name)
    ok = false
  }
  if (!step.runner)
    checks.push({ name: step.name, ok })
  // Written after every step: a run cut short still leaves the steps that failed in the total.
  writeStepResults(checks)
}

const total = readTestTotal()
console.log(`\nSteps failed: ${failed.length
  ? failed.join(', ')
  : 'none'}`)
for (const file of total.missing)
  console.log(`(no report at ${file}: that test runner did not finish)`)
console.log(formatTotal(total))
process.exit(failed.length || total.failed || total.missing.length
  ? 1
  : 0)
