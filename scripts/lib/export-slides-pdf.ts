/**
 * Renders a built deck's print view (`?print=true#/print`) to a 16:9 PDF, one page per slide.
 *
 * - The page may only talk to the loopback server: any other request is blocked and fails the export.
 * - Each slide must finish rendering within `timeoutMs`; otherwise the error names the slide.
 *   A component that needs time marks itself with `data-export-pending` until it is ready.
 * - The PDF is written to `<output>.partial` and renamed only when complete, so a failed
 *   export never leaves a file under the final name.
 */
import type { BrowserContext, Page } from 'playwright-chromium'
import type { DeckInfo } from './deck-info.ts'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { slideTitle } from './deck-info.ts'
import { isLoopbackUrl } from './loopback.ts'

export class ExportError extends Error {}

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  keywords?: string[]
  language: string
}

export interface ExportSlidesOptions {
  context: BrowserContext
  /** Base URL of the served deck, ending in `/`. */
  siteUrl: string
  deck: DeckInfo
  output: string
  metadata: PdfMetadata
  /** Longest time one slide may take to render. */
  timeoutMs: number
  log?: (line: string) => void
}

/** Collects what must never happen while rendering: errors and off-loopback requests. */
function guardPage(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`)
  })
  void page.route('**/*', async (route) => {
    const url = route.request().url()
    if (isLoopbackUrl(url))
      return route.continue()
    problems.push(`blocked request to a non-loopback host: ${url}`)
    return route.abort('blockedbyclient')
  })
  return problems
}

async function waitForSlide(page: Page, no: number, label: string, timeoutMs: number): Promise<void> {
  try {
    await page.waitForFunction((n) => {
      const slide = document.querySelector(`#print-content [data-slidev-no="${n}"]`)
      // Slides load lazily: ready once the layout is mounted and nothing inside is still pending.
      return !!slide
        && !!slide.querySelector('.slidev-layout')
        && !slide.querySelector('.slidev-slide-loading')
        && !slide.querySelector('[data-export-pending]')
    }, no, { timeout: timeoutMs, polling: 50 })
  }
  catch (error) {
    if ((error as Error).name === 'TimeoutError')
      throw new ExportError(`Export timed out after ${timeoutMs} ms: ${label} did not finish rendering.`)
    throw error
  }
}

/** Fails when a web font could not be loaded (the PDF would fall back to missing glyphs). */
async function checkFonts(page: Page): Promise<void> {
  const failed = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter(font => font.status === 'error').map(font => font.family)
  })
  if (failed.length) {
    throw new ExportError(`Fonts failed to load: ${[
      ...new Set(failed),
    ].join(', ')}`)
  }
}

export async function applyMetadata(pdf: PDFDocument, metadata: PdfMetadata): Promise<void> {
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true })
  pdf.setAuthor(metadata.author)
  pdf.setSubject(metadata.subject)
  pdf.setKeywords(metadata.keywords ?? [])
  pdf.setLanguage(metadata.language)
  pdf.setCreator('提升群众工作能力 training kit (Slidev + Playwright)')
  pdf.setProducer('Chromium + pdf-lib')
}

export async function exportSlidesPdf(options: ExportSlidesOptions): Promise<{ pages: number, bytes: number }> {
  const { context, siteUrl, deck, output, timeoutMs } = options
  const log = options.log ?? (() => {})
  const partial = `${output}.partial`
  // A stale PDF from an earlier run must not survive a failed export under the final name.
  await rm(output, { force: true })
  const page = await context.newPage()
  const problems = guardPage(page)
  try {
    await page.setViewportSize(deck.canvas)
    await page.goto(`${siteUrl}index.html?print=true#/print`, { waitUntil: 'load', timeout: timeoutMs })
    const total = deck.slides.length
    for (const [index, slide] of deck.slides.entries()) {
      const no = index + 1
      await waitForSlide(page, no, `slide ${no} of ${total} ("${slideTitle(slide) || 'untitled'}")`, timeoutMs)
      log(`slide ${no}/${total}`)
    }
    await checkFonts(page)
    const rendered = await page.locator('#print-content .print-slide-container').count()
    if (rendered !== total)
      throw new ExportError(`The print view rendered ${rendered} slides, the deck has ${total}.`)
    if (problems.length)
      throw new ExportError(`The deck reported problems while rendering:\n  ${problems.join('\n  ')}`)
    const raw = await page.pdf({
      width: `${deck.canvas.width}px`,
      height: `${deck.canvas.height}px`,
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
    })
    const pdf = await PDFDocument.load(raw)
    await applyMetadata(pdf, options.metadata)
    const bytes = await pdf.save()
    await mkdir(dirname(output), { recursive: true })
    await writeFile(partial, bytes)
    await rename(partial, output)
    return {
      pages: pdf.getPageCount(),
      bytes: bytes.byteLength,
    }
  }
  catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  finally {
    await page.close()
  }
}
