/**
 * One pass over every deck: one loopback server for dist/, one browser, every PDF of every deck
 * (see pdf-jobs.ts), two pages at a time, each deck's as soon as its site is built (`buildAndExportDecks`) or from
 * the sites already built (`exportDecks`). Shared by `npm run export` and `npm run kit`. A deck's step-by-step
 * PDF is rendered first: when it has one page per slide (no click steps), the slides PDF is the same pages
 * and is written from it, with its own title, instead of being rendered a second time.
 */
import type { Browser, BrowserContext } from 'playwright-chromium'
import type { DeckSpec } from '../../curriculum/decks.ts'
import type { DeckInfo } from './deck-info.ts'
import type { PdfJob } from './pdf-jobs.ts'
import type { OutputRow } from './pdf-summary.ts'
import { relative } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, ensureBrowser, LOOPBACK_ONLY_ARGS } from './browser.ts'
import { buildDecks } from './build-deck.ts'
import { readDeck } from './deck-info.ts'
import { KIT_FONT, pdfJobs } from './pdf-jobs.ts'
import { describeFile, formatBytes } from './pdf-summary.ts'
import { copyPdfWithMetadata, renderPdf } from './render-pdf.ts'
import { serveStatic } from './static-server.ts'

export const SITE_ROOT = 'dist'
export const DEFAULT_TIMEOUT_MS = 30_000
/** Pages rendered at once: the machines have two cores. */
export const PARALLEL_PAGES = 2

export interface ExportOptions {
  timeoutMs?: number
  /** Only these kinds of PDF (default: all). */
  kinds?: readonly PdfJob['kind'][]
  /** Pages rendered at once (default PARALLEL_PAGES); the benchmark times one PDF at a time. */
  parallel?: number
  /** Called after each PDF with its job, its page count and the seconds it took to render. */
  onRendered?: (job: PdfJob, pages: number, seconds: number) => void
}

export interface ExportDecksOptions extends ExportOptions {
  decks: readonly DeckSpec[]
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

/**
 * A queue that runs at most `limit` tasks at once, taking new ones while it runs. The first failure stops tasks
 * not yet started; `drain` waits for the running ones and rethrows it. `cancel` drops the tasks not yet started.
 */
function taskQueue(limit: number) {
  const waiting: (() => Promise<void>)[] = []
  const running = new Set<Promise<void>>()
  let failed: { error: unknown } | undefined
  const next = (): void => {
    while (!failed && running.size < limit && waiting.length) {
      const task = waiting.shift()!()
        .catch((error: unknown) => {
          failed ??= { error }
        })
        .finally(() => {
          running.delete(task)
          next()
        })
      running.add(task)
    }
  }
  return {
    push(task: () => Promise<void>): void {
      waiting.push(task)
      next()
    },
    cancel(): void {
      waiting.length = 0
    },
    async drain(): Promise<void> {
      while (running.size)
        await Promise.all(running)
      if (failed)
        throw failed.error
    },
  }
}

/** An export under way: one server, one browser; decks are added as their sites are in place. */
export interface DeckExport {
  /** Queues every PDF of `deck`, whose site must be in place (`info`: the deck as read). */
  add: (deck: DeckSpec, info: DeckInfo) => void
  /**
   * Waits for every queued PDF, then closes the browser and the server; returns a row per PDF, in the order
   * the decks were added, or rethrows the first failure.
   */
  finish: () => Promise<OutputRow[]>
  /** Drops the PDFs not started yet, waits for those being printed, and closes the browser and the server. */
  abort: () => Promise<void>
}

/** Starts the server and the browser for an export, so that decks can be added as each build ends. */
export async function startExport({ timeoutMs = DEFAULT_TIMEOUT_MS, kinds, parallel = PARALLEL_PAGES, onRendered }: ExportOptions = {}): Promise<DeckExport> {
  const resolved = ensureBrowser()
  console.log(`\n▶ Exporting PDFs with ${resolved.executablePath} (${resolved.source})`)
  const server = await serveStatic(SITE_ROOT)
  let browser: Browser | undefined
  let context: BrowserContext
  try {
    browser = await chromium.launch({
      executablePath: resolved.executablePath,
      args: [
        ...CHROMIUM_ARGS,
        ...LOOPBACK_ONLY_ARGS,
      ],
    })
    // No service worker: the site's offline worker would precache the whole site beside every render.
    context = await browser.newContext({ serviceWorkers: 'block' })
  }
  catch (error) {
    await browser?.close()
    await server.close()
    throw error
  }
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
  const queue = taskQueue(parallel)
  const rows: OutputRow[][] = []
  const finish = async (): Promise<OutputRow[]> => {
    try {
      await queue.drain()
      return rows.flat()
    }
    finally {
      await browser!.close()
      await server.close()
    }
  }
  return {
    add(deck, info) {
      const jobs = pdfJobs(deck, info).filter(job => !kinds || kinds.includes(job.kind))
      const slides = info.slides.length
      for (const job of jobs) {
        if (job.kind === 'slides' && jobs.some(other => other.kind === 'slides-steps'))
          continue
        const plain = job.kind === 'slides-steps'
          ? jobs.find(other => other.kind === 'slides')
          : undefined
        const own: OutputRow[] = []
        rows.push(own)
        queue.push(async () => {
          const { result, started } = await render(job)
          own.push(await done(job, result, started))
          if (plain) {
            // One page per slide: no slide has a click step, so the final state of every slide (the slides PDF)
            // is the same pages. Reuse them rather than render them again; otherwise render the slides too.
            if (result.pages === slides) {
              const copied = Date.now()
              own.push(await done(plain, await copyPdfWithMetadata(job.output, plain.output, plain.metadata), copied, ' (the step-by-step pages: no slide has click steps)'))
            }
            else {
              const again = await render(plain)
              own.push(await done(plain, again.result, again.started))
            }
          }
        })
      }
    },
    finish,
    async abort() {
      queue.cancel()
      await finish().catch(() => {})
    },
  }
}

/** Every PDF of every deck in `decks`, from the sites already in dist/. */
export async function exportDecks({ decks, ...options }: ExportDecksOptions): Promise<OutputRow[]> {
  const infos = await Promise.all(decks.map(deck => readDeck(deck.entry)))
  const exporter = await startExport(options)
  decks.forEach((deck, index) => exporter.add(deck, infos[index]!))
  return exporter.finish()
}

/**
 * Builds every deck in `decks` and exports every PDF of each as soon as its site is in place, while the next deck
 * builds (the browser starts first, so a missing browser stops the export before any build).
 */
export async function buildAndExportDecks({ decks, ...options }: ExportDecksOptions): Promise<OutputRow[]> {
  const exporter = await startExport(options)
  try {
    await buildDecks(decks, {
      onBuilt: (deck, info) => exporter.add(deck, info),
    })
  }
  catch (error) {
    // The build's error is the one to show: the PDFs not started yet are dropped, not printed first.
    await exporter.abort()
    throw error
  }
  return exporter.finish()
}
