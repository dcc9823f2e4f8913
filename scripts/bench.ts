import type { DeckSpec } from '../curriculum/decks.ts'
/**
 * `npm run bench`: the performance benchmark (never part of `npm test`). From a fresh build it measures
 *   1. the kit's whole export (build every deck + every PDF) against one plain `slidev export` of the
 *      workshop deck, and the slides PDF's time per slide on a synthetic 4× deck against the real deck;
 *   2. the SCORM packages (for their sizes);
 *   3. served with gzip from loopback: each deck's first slide under a throttled connection (150 ms RTT,
 *      1.6 Mbps; the canvas at 1280×720 and the phone reading view at 390×844), median of 5 cold visits: bytes, requests, time to
 *      a visible slide with its fonts ready; then every next-slide change, p50/p95;
 *   4. the sizes of each deck's site, each PDF and each SCORM zip;
 * then writes bench/results.json, the table in docs/benchmarks.md, prints the change against the last
 * recorded run, and exits 1 when a budget (scripts/lib/bench-budgets.ts) is exceeded.
 * Options: `--runs N` cold visits per first-slide figure (default 5); `--no-export` skips step 1
 * (the decks are still built fresh; the export budgets are then not checked); `--site-only` measures
 * the site already in dist/ (no build, export or SCORM; recorded with its scope).
 */
import type { BenchResults, ExportResult, FirstSlideResult, NextSlideResult } from './lib/bench-budgets.ts'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { deckByName, DECKS, PDF_DIR, SCORM_DIR } from '../curriculum/decks.ts'
import { checkBudgets, compareResults, formatValue, median, percentile } from './lib/bench-budgets.ts'
import { firstSlide, MOBILE_THROTTLE, nextSlides, VIEWS } from './lib/bench-page.ts'
import { replaceReport, REPORT_START, resultsMarkdown } from './lib/bench-report.ts'
import { CHROMIUM_ARGS, ensureBrowser } from './lib/browser.ts'
import { buildDecks, buildSite } from './lib/build-deck.ts'
import { readDeck } from './lib/deck-info.ts'
import { buildAndExportDecks, exportDecks } from './lib/export-decks.ts'
import { serveGzip } from './lib/gzip-server.ts'
import { plainSlidevBuild, plainSlidevExport } from './lib/plain-slidev.ts'
import { packageBuiltSite } from './lib/scorm-package.ts'
import { writeSyntheticDeck } from './lib/synthetic-deck.ts'

const RESULTS = 'bench/results.json'
const DOC = 'docs/benchmarks.md'
/** Per readiness step: generous, since a benchmark may run on a busy machine (a timeout loses the run). */
const EXPORT_TIMEOUT_MS = 180_000

const { values } = parseArgs({
  options: {
    'runs': { type: 'string', default: '5' },
    'no-export': { type: 'boolean', default: false },
    'site-only': { type: 'boolean', default: false },
  },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, not "${values.runs}"`)

async function timed(label: string, fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  const seconds = (performance.now() - started) / 1000
  console.log(`⏱ ${label}: ${seconds.toFixed(1)} s`)
  return seconds
}

/** Bytes of every file under `dir`, less the folders in `skip` (absolute paths). */
async function folderBytes(dir: string, skip: readonly string[] = []): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = resolve(dir, entry.name)
    if (skip.includes(path))
      continue
    total += entry.isDirectory()
      ? await folderBytes(path, skip)
      : (await stat(path)).size
  }
  return total
}

async function measureExport(browserPath: string): Promise<ExportResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'kit-bench-'))
  const workshop = deckByName('workshop')
  let synthetic: DeckSpec | undefined
  try {
    const kitSeconds = await timed(`whole-kit export (${DECKS.length} decks built, every PDF)`, async () => {
      await buildAndExportDecks({ decks: DECKS, timeoutMs: EXPORT_TIMEOUT_MS })
    })
    const plainSeconds = await timed('one plain slidev export of slides.md', () => plainSlidevExport(workshop.entry, browserPath, join(scratch, 'plain.pdf')))
    // A reference, no budget: Slidev's own commands for a site and a slides PDF of every deck, one after another.
    const slidevAloneSeconds = await timed(`Slidev alone: slidev build + slidev export of each of the ${DECKS.length} decks`, async () => {
      for (const deck of DECKS) {
        await plainSlidevBuild(deck.entry, join(scratch, `site-${deck.name}`))
        await plainSlidevExport(deck.entry, browserPath, join(scratch, `${deck.name}.pdf`))
      }
    })
    // Scaling: the slides PDF alone, one at a time, for the real deck and a 4× copy of it.
    synthetic = await writeSyntheticDeck(workshop, 4)
    console.log(`\n▶ Building the synthetic 4× deck (${synthetic.entry})`)
    await buildSite(synthetic, synthetic.outDir, { serviceWorker: false })
    const timings = new Map<string, { slides: number, seconds: number }>()
    await exportDecks({
      decks: [workshop, synthetic],
      kinds: ['slides'],
      parallel: 1,
      timeoutMs: EXPORT_TIMEOUT_MS,
      onRendered: (job, pages, seconds) => timings.set(job.deck.name, { slides: pages, seconds }),
    })
    return {
      kitSeconds,
      plainSeconds,
      slidevAloneSeconds,
      real: timings.get(workshop.name)!,
      synthetic: timings.get(synthetic.name)!,
    }
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
    if (synthetic) {
      await rm(synthetic.entry, { force: true })
      await rm(synthetic.outDir, { recursive: true, force: true })
      await rm(join(PDF_DIR, `${synthetic.name}-slides.pdf`), { force: true })
    }
  }
}

function siteUrl(base: string, deck: DeckSpec): string {
  const path = relative('dist', deck.outDir).split('\\').join('/')
  return `${base}${path
    ? `${path}/`
    : ''}index.html#/1`
}

async function measureSite(browserPath: string): Promise<{ firstSlide: FirstSlideResult[], nextSlide: NextSlideResult[] }> {
  const server = await serveGzip('dist')
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  try {
    const first: FirstSlideResult[] = []
    const next: NextSlideResult[] = []
    for (const deck of DECKS) {
      const url = siteUrl(server.url, deck)
      for (const [view, spec] of Object.entries(VIEWS)) {
        const results = []
        for (let i = 0; i < runs; i++)
          results.push(await firstSlide(browser, url, spec, MOBILE_THROTTLE))
        const ms = median(results.map(r => r.ms))
        const middle = results.find(r => r.ms === ms)!
        const fonts = middle.urls.filter(entry => entry.url.endsWith('.woff2'))
        first.push({
          deck: deck.name,
          view,
          bytes: median(results.map(r => r.bytes)),
          requests: median(results.map(r => r.requests)),
          ms,
          runs: results.map(r => r.ms),
          fontFiles: fonts.length,
          thirdParty: [
            ...new Set(results.flatMap(r => r.thirdParty)),
          ],
        })
        console.log(`  ${deck.name} ${view}: ${formatValue(first.at(-1)!.bytes, 'B')}, ${first.at(-1)!.requests} requests, ${Math.round(ms)} ms (runs ${results.map(r => Math.round(r.ms)).join(', ')})`)
        console.log(`    requests of the median run:`)
        for (const entry of [...middle.urls].sort((a, b) => b.bytes - a.bytes))
          console.log(`      ${formatValue(entry.bytes, 'B').padStart(9)}  ${entry.url.replace(server.url, '/')}`)
      }
      const total = (await readDeck(deck.entry)).slides.length
      const times = await nextSlides(browser, url, total)
      next.push({
        deck: deck.name,
        slides: total,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: Math.max(...times),
      })
      console.log(`  ${deck.name} next slide: p50 ${Math.round(next.at(-1)!.p50)} ms, p95 ${Math.round(next.at(-1)!.p95)} ms over ${times.length} changes`)
    }
    return { firstSlide: first, nextSlide: next }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

async function sizes(zips: readonly string[]): Promise<Record<string, number>> {
  const found: Record<string, number> = {}
  const others = [
    ...DECKS.map(deck => resolve(deck.outDir)),
    resolve(PDF_DIR),
    resolve(SCORM_DIR),
  ]
  for (const deck of DECKS)
    found[`site ${deck.name} (${deck.outDir}/)`] = await folderBytes(deck.outDir, others.filter(path => path !== resolve(deck.outDir)))
  if (existsSync(PDF_DIR)) {
    for (const name of (await readdir(PDF_DIR)).filter(name => name.endsWith('.pdf')).sort())
      found[`${PDF_DIR}/${name}`] = (await stat(join(PDF_DIR, name))).size
  }
  for (const zip of [...zips].sort())
    found[relative('.', zip).split('\\').join('/')] = (await stat(zip)).size
  return found
}

try {
  const loadBefore = loadavg()
  const browser = ensureBrowser()
  let exportResult: ExportResult | undefined
  if (values['site-only']) {
    console.log('--site-only: measuring the site already in dist/ (no build, no export, no SCORM packaging)')
  }
  else if (values['no-export']) {
    await buildDecks(DECKS)
  }
  else {
    exportResult = await measureExport(browser.executablePath)
  }
  const zips: string[] = []
  if (!values['site-only']) {
    console.log('\n▶ SCORM packages')
    for (const deck of DECKS)
      zips.push(...await packageBuiltSite(deck))
  }
  console.log('\n▶ The site, served with gzip on loopback')
  const site = await measureSite(browser.executablePath)
  const results: BenchResults = {
    date: new Date().toISOString(),
    scope: values['site-only']
      ? 'site only (dist/ as built before; no export figures)'
      : values['no-export']
        ? 'fresh build, no export figures'
        : 'full',
    machine: {
      cores: cpus().length,
      loadBefore,
      loadAfter: loadavg(),
    },
    ...site,
    ...(exportResult
      ? { export: exportResult }
      : {}),
    sizes: await sizes(zips),
  }
  const previous = existsSync(RESULTS)
    ? JSON.parse(await readFile(RESULTS, 'utf8')) as BenchResults
    : undefined
  console.log(`\n▶ Change against the last recorded run${previous
    ? ` (${previous.date})`
    : ' (none recorded)'}`)
  for (const line of compareResults(previous, results))
    console.log(`  ${line}`)
  const checks = checkBudgets(results)
  console.log('\n▶ Budgets')
  for (const check of checks)
    console.log(`  ${check.ok ? '✔' : '✖'} ${check.label}: ${formatValue(check.value, check.unit)} (budget ≤ ${formatValue(check.limit, check.unit)})`)
  await mkdir('bench', { recursive: true })
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  const doc = await readFile(DOC, 'utf8').catch(() => `# Benchmarks\n\n${REPORT_START}\n`)
  await writeFile(DOC, replaceReport(doc, resultsMarkdown(results, checks)))
  console.log(`\nWrote ${RESULTS} and the table in ${DOC}.`)
  const over = checks.filter(check => !check.ok)
  if (over.length) {
    console.error(`\n✖ ${over.length} budget(s) exceeded: ${over.map(check => check.label).join('; ')}`)
    process.exitCode = 1
  }
  else {
    console.log('\n✔ Every budget holds.')
  }
}
catch (error) {
  console.error(`\n✖ Benchmark failed: ${(error as Error).message}`)
  process.exitCode = 1
}
