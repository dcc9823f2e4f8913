/**
 * One pass over every deck: one loopback server for dist/, one browser, every PDF of every deck
 * (see pdf-jobs.ts), two pages at a time. Shared by `npm run export` and `npm run kit`. A deck's step-by-step
 * PDF is rendered first: when it has one page per slide (no click steps), the slides PDF is the same pages
 * and is written from it, with its own title, instead of being rendered a second time.
 */
import type { DeckSpec } from '../../curriculum/decks.ts'
import type { PdfJob } from './pdf-jobs.ts'
import type { OutputRow } from './pdf-summary.ts'
import { relative } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, ensureBrowser } from './browser.ts'
import { readDeck } from './deck-info.ts'
import { KIT_FONT, pdfJobs } from './pdf-jobs.ts'
import { describeFile, formatBytes } from './pdf-summary.ts'
import { copyPdfWithMetadata, renderPdf } from './render-pdf.ts'
import { serveStatic } from './static-server.ts'

export const SITE_ROOT = 'dist'
export const DEFAULT_TIMEOUT_MS = 30_000
/** Pages rendered at once: the machines have two cores. */
export const PARALLEL_PAGES = 2

export interface ExportDecksOptions {
  decks: readonly DeckSpec[]
  timeoutMs?: number
  /** Only these kinds of PDF (default: all). */
  kinds?: readonly PdfJob['kind'][]
  /** Pages rendered at once (default PARALLEL_PAGES); the benchmark times one PDF at a time. */
  parallel?: number
  /** Called after each PDF with its job, its page count and the seconds it took to render. */
  onRendered?: (job: PdfJob, pages: number, seconds: number) => void
}

function siteUrlFor(base: string, deck: DeckSpec): string {
  const path = relative(SITE_ROOT, deck.outDir)
  if (path.startsWith('..'))
    throw new Error(`Deck ${deck.name} is built outside ${SITE_ROOT}/ (${deck.outDir}); the exporter serves ${SITE_ROOT}/ only.`)
  return path
    ? `${base}${path.split('\\').join('/')}/`
    : base
}

function progress(line: string): void {
  console.log(`  ${line}`)
}

/** Runs `tasks` with at most `limit` at once; the first failure stops new tasks and is rethrown. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = []
  let next = 0
  let failed: unknown
  const worker = async () => {
    while (next < tasks.length && failed === undefined) {
      const index = next++
      try {
        results[index] = await tasks[index]!()
      }
      catch (error) {
        failed ??= error
      }
    }
  }
  await Promise.all(Array.from({
    length: Math.min(limit, tasks.length),
  }, worker))
  if (failed !== undefined)
    throw failed
  return results
}

export async function exportDecks({ decks, timeoutMs = DEFAULT_TIMEOUT_MS, kinds, parallel = PARALLEL_PAGES, onRendered }: ExportDecksOptions): Promise<OutputRow[]> {
  const resolved = ensureBrowser()
  console.log(`\n▶ Exporting PDFs with ${resolved.executablePath} (${resolved.source})`)
  const jobs: { job: PdfJob, slides: number }[] = []
  for (const deck of decks) {
    const info = await readDeck(deck.entry)
    jobs.push(...pdfJobs(deck, info).filter(job => !kinds || kinds.includes(job.kind)).map(job => ({ job, slides: info.slides.length })))
  }
  const server = await serveStatic(SITE_ROOT)
  const browser = await chromium.launch({ executablePath: resolved.executablePath, args: CHROMIUM_ARGS })
  try {
    // No service worker: the site's offline worker would precache the whole site beside every render.
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const done = async (job: PdfJob, result: { pages: number, bytes: number }, started: number, how = ''): Promise<OutputRow> => {
      const seconds = (Date.now() - started) / 1000
      progress(`✔ ${relative('.', job.output)}: ${result.pages} pages, ${formatBytes(result.bytes)}, ${seconds.toFixed(1)} s${how}`)
      onRendered?.(job, result.pages, seconds)
      return describeFile(job.output)
    }
    const render = async (job: PdfJob) => {
      const name = relative('.', job.output)
      const started = Date.now()
      progress(`${name}: rendering`)
      const result = await renderPdf({
        context,
        url: `${siteUrlFor(server.url, job.deck)}${job.path}`,
        output: job.output,
        viewport: job.viewport,
        ready: job.ready,
        pdf: job.pdf,
        metadata: job.metadata,
        timeoutMs,
        fontFamily: KIT_FONT,
        onProgress: (done, total, label) => {
          if (label === 'printing' || done === 1 || done % 20 === 0) {
            progress(`${name}: ${label === 'printing'
              ? 'printing'
              : `${done} of ${total} ready (${label})`}`)
          }
        },
      })
      return { result, started }
    }
    const tasks: (() => Promise<OutputRow[]>)[] = []
    for (const { job, slides } of jobs) {
      if (job.kind === 'slides' && jobs.some(other => other.job.deck === job.deck && other.job.kind === 'slides-steps'))
        continue
      const plain = job.kind === 'slides-steps'
        ? jobs.find(other => other.job.deck === job.deck && other.job.kind === 'slides')?.job
        : undefined
      tasks.push(async () => {
        const { result, started } = await render(job)
        const rows: OutputRow[] = [
          await done(job, result, started),
        ]
        if (plain) {
          // One page per slide: no slide has a click step, so the final state of every slide (the slides PDF)
          // is the same pages. Reuse them rather than render them again; otherwise render the slides too.
          if (result.pages === slides) {
            const copied = Date.now()
            rows.push(await done(plain, await copyPdfWithMetadata(job.output, plain.output, plain.metadata), copied, ' (the step-by-step pages: no slide has click steps)'))
          }
          else {
            const again = await render(plain)
            rows.push(await done(plain, again.result, again.started))
          }
        }
        return rows
      })
    }
    return (await pool(tasks, parallel)).flat()
  }
  finally {
    await browser.close()
    await server.close()
  }
}
