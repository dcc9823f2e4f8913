/**
 * One pass over every deck: one loopback server for dist/, one browser, every PDF of every deck
 * (see pdf-jobs.ts), two pages at a time. Shared by `npm run export` and `npm run kit`.
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
import { renderPdf } from './render-pdf.ts'
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
  const jobs: PdfJob[] = []
  for (const deck of decks)
    jobs.push(...pdfJobs(deck, await readDeck(deck.entry)).filter(job => !kinds || kinds.includes(job.kind)))
  const server = await serveStatic(SITE_ROOT)
  const browser = await chromium.launch({ executablePath: resolved.executablePath, args: CHROMIUM_ARGS })
  try {
    // No service worker: the site's offline worker would precache the whole site beside every render.
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const tasks = jobs.map(job => async () => {
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
      const seconds = (Date.now() - started) / 1000
      progress(`✔ ${name}: ${result.pages} pages, ${formatBytes(result.bytes)}, ${seconds.toFixed(1)} s`)
      onRendered?.(job, result.pages, seconds)
      return describeFile(job.output)
    })
    return await pool(tasks, parallel)
  }
  finally {
    await browser.close()
    await server.close()
  }
}
