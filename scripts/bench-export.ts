/**
 * `npm run bench:export`: a benchmark, not a test. Times, in the same run:
 *   A. the kit's whole export (build every deck + every PDF of every deck, one browser, one server);
 *   B. one plain `slidev export` of the workshop deck (slides PDF only).
 * and prints A / B against the budget `npm run bench` checks (scripts/lib/bench-budgets.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { DECKS } from '../curriculum/decks.ts'
import { BUDGETS } from './lib/bench-budgets.ts'
import { ensureBrowser } from './lib/browser.ts'
import { buildAndExportDecks } from './lib/export-decks.ts'
import { plainSlidevExport } from './lib/plain-slidev.ts'

async function timed<T>(label: string, fn: () => Promise<T>): Promise<number> {
  const started = performance.now()
  await fn()
  const seconds = (performance.now() - started) / 1000
  console.log(`⏱ ${label}: ${seconds.toFixed(1)} s`)
  return seconds
}

const browser = ensureBrowser()
const scratch = mkdtempSync(join(tmpdir(), 'kit-bench-'))
try {
  const kit = await timed(`kit export (${DECKS.length} decks built, ${DECKS.length * 4} PDFs)`, async () => {
    await buildAndExportDecks({ decks: DECKS })
  })
  const plain = await timed('plain slidev export of slides.md', () => plainSlidevExport('slides.md', browser.executablePath, join(scratch, 'plain.pdf')))
  const ratio = kit / plain
  console.log(`\nratio kit / plain = ${ratio.toFixed(2)} (budget ≤ ${BUDGETS.exportRatio.toFixed(2)}): ${ratio <= BUDGETS.exportRatio
    ? 'within budget'
    : 'over budget'}`)
}
catch (error) {
  console.error(`✖ Benchmark failed: ${(error as Error).message}`)
  process.exitCode = 1
}
finally {
  rmSync(scratch, { recursive: true, force: true })
}
