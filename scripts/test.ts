/**
 * `npm test`: typecheck, lint, unit tests, then the built site and its PDFs in Chromium.
 * Typecheck and lint run beside the build and the unit tests (they only read the sources; their output is shown
 * when they end; the unit tests write only in temporary folders), then the browser tests on two workers
 * (playwright.config.ts).
 * Every step runs even when an earlier one fails, so one run shows everything that is wrong;
 * the last line is the total over Vitest and Playwright, `N passed, N failed`.
 */
import { rmSync } from 'node:fs'
import process from 'node:process'
import { DECKS } from '../curriculum/decks.ts'
import { ensureBrowser } from './lib/browser.ts'
import { buildDecks } from './lib/build-deck.ts'
import { localBin, run, runCaptured } from './lib/run.ts'
import { packageBuiltSite } from './lib/scorm-package.ts'
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

/** A command whose output is held back until it ends (it runs beside another step), then shown under `heading`. */
async function quietCommand(heading: string, bin: string, args: string[]): Promise<void> {
  const { code, output } = await runCaptured(localBin(bin), args)
  process.stdout.write(`\n━━ ${heading} (ran beside the build and unit tests) ━━\n${output || (code === 0
    ? `✔ ${heading}: no problems\n`
    : '')}`)
  if (code !== 0)
    throw new Error(`${bin} exited with code ${code}`)
}

let browserReady = false
let siteBuilt = false

const typecheck: Step = {
  name: 'typecheck',
  run: () => quietCommand('typecheck', 'vue-tsc', ['--noEmit', '-p', 'tsconfig.json']),
}
const lint: Step = {
  name: 'lint',
  run: () => quietCommand('lint', 'eslint', ['.']),
}
const browser: Step = {
  name: 'browser',
  run: async () => {
    const found = ensureBrowser()
    console.log(`Chromium: ${found.executablePath} (${found.source})`)
    browserReady = true
  },
}
const build: Step = {
  name: 'build (sites and SCORM packages)',
  run: async () => {
    await buildDecks(DECKS)
    for (const deck of DECKS)
      await packageBuiltSite(deck)
    siteBuilt = true
  },
}
const unit: Step = {
  name: 'unit tests',
  run: () => command('vitest', ['run']),
  runner: true,
}
const e2e: Step = {
  name: 'e2e and PDF tests',
  run: async () => {
    if (!browserReady || !siteBuilt)
      throw new Error('skipped: needs a browser and a built site')
    await command('playwright', ['test'])
  },
  runner: true,
}

rmSync(VITEST_REPORT, { force: true })
rmSync(PLAYWRIGHT_REPORT, { force: true })
rmSync(STEPS_REPORT, { force: true })

const failed: string[] = []
const checks: { name: string, ok: boolean }[] = []

/** Runs `step`, noting whether it failed; never throws. Headed by its name unless it runs beside another. */
async function perform(step: Step, headed = true): Promise<boolean> {
  if (headed)
    console.log(`\n━━ ${step.name} ━━`)
  try {
    await step.run()
    return true
  }
  catch (error) {
    console.error(`✖ ${step.name}: ${(error as Error).message}`)
    return false
  }
}

function record(step: Step, ok: boolean): void {
  if (!ok)
    failed.push(step.name)
  if (!step.runner)
    checks.push({ name: step.name, ok })
  // Written after every step: a run cut short still leaves the steps that failed in the total.
  writeStepResults(checks)
}

// Lane 1 (shown live): browser, the builds, then the unit tests. Lane 2 (held back): typecheck, then lint.
console.log(`\n━━ ${browser.name}, ${build.name} and ${unit.name}, beside ${typecheck.name} and ${lint.name} ━━`)
const quiet: { step: Step, ok: boolean }[] = []
await Promise.all([
  (async () => {
    for (const step of [browser, build, unit])
      record(step, await perform(step))
  })(),
  (async () => {
    for (const step of [typecheck, lint])
      quiet.push({ step, ok: await perform(step, false) })
  })(),
])
for (const { step, ok } of quiet)
  record(step, ok)
record(e2e, await perform(e2e))

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
