/**
 * Renders one page of a built deck to a PDF, the way every kit PDF is made:
 * - the page may only talk to loopback: any other request fails the render (and is blocked by the browser's
 *   proxy, LOOPBACK_ONLY_ARGS in browser.ts, which the exporter launches with);
 * - console errors and page errors fail the render;
 * - each readiness step must finish within `timeoutMs`, else the error names what was waited for;
 * - every character must be covered by the kit's web font (else Chromium would fall back to a system
 *   font or print an empty box), by the unicode-range of its faces, which the kit's subset declares
 *   exactly (scripts/lib/font-subset.ts); only the few symbols listed in OUTSIDE_FONT may fall back;
 * - the file is written to `<output>.partial` and renamed only when complete, so a failed render
 *   never leaves a file (not even an older one) under the final name.
 */
import type { BrowserContext, Page } from 'playwright-chromium'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { OUTSIDE_FONT } from './font-subset.ts'
import { isLoopbackUrl } from './loopback.ts'

export class ExportError extends Error {}

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  keywords?: string[]
  language: string
}

/** One thing to wait for before printing, named for the timeout message. */
export interface ReadyStep {
  label: string
  /** Runs in the page; true when ready. */
  check: (arg: unknown) => boolean
  arg?: unknown
}

export interface RenderPdfOptions {
  context: BrowserContext
  url: string
  output: string
  viewport: { width: number, height: number }
  ready: ReadyStep[]
  pdf: Parameters<Page['pdf']>[0]
  metadata: PdfMetadata
  timeoutMs: number
  /** Font family every character must be covered by. */
  fontFamily: string
  /** Called after each readiness step (`done` of `total`) and once more before printing. */
  onProgress?: (done: number, total: number, label: string) => void
}

/**
 * Collects what must never happen while rendering: errors and off-loopback requests. Requests are watched, not
 * routed: routing would turn the browser's HTTP cache off and make every page fetch the whole site again.
 */
function guardPage(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`)
  })
  page.on('request', (request) => {
    const url = request.url()
    if (!isLoopbackUrl(url))
      problems.push(`request to a non-loopback host: ${url}`)
  })
  return problems
}

/** Characters on the page that no loaded face of `family` covers (by its unicode-range), less `allowed`. */
async function uncoveredCharacters(page: Page, family: string, allowed: string): Promise<string[]> {
  return page.evaluate(async ({ fontFamily, allowed }) => {
    await document.fonts.ready
    const ranges: [number, number][] = []
    for (const face of document.fonts) {
      if (face.family.replace(/["']/g, '') !== fontFamily)
        continue
      for (const part of face.unicodeRange.split(',')) {
        const range = part.trim().replace(/^U\+/i, '')
        const [from, to] = range.includes('-')
          ? range.split('-')
          : [
              range.replace(/\?/g, '0'),
              range.replace(/\?/g, 'f'),
            ]
        ranges.push([
          Number.parseInt(from!, 16),
          Number.parseInt(to!, 16),
        ])
      }
    }
    const missing = new Set<string>()
    for (const char of document.body.textContent ?? '') {
      const code = char.codePointAt(0)!
      if (code <= 0x20 || (code >= 0x7F && code <= 0xA0) || code === 0x200B || code === 0xFEFF || allowed.includes(char))
        continue
      if (!ranges.some(([from, to]) => code >= from && code <= to))
        missing.add(char)
    }
    return [...missing]
  }, { fontFamily: family, allowed })
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

/** Writes `output` atomically: a `.partial` file first, renamed into place. */
async function writePdf(output: string, bytes: Uint8Array): Promise<void> {
  const partial = `${output}.partial`
  try {
    await mkdir(dirname(output), { recursive: true })
    await writeFile(partial, bytes)
    await rename(partial, output)
  }
  catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

/** Writes the PDF `raw` to `output` (atomically) under `metadata`; returns its page count and size. */
async function writePdfWithMetadata(raw: Uint8Array, output: string, metadata: PdfMetadata): Promise<{ pages: number, bytes: number }> {
  const pdf = await PDFDocument.load(raw)
  await applyMetadata(pdf, metadata)
  const bytes = await pdf.save()
  await writePdf(output, bytes)
  return {
    pages: pdf.getPageCount(),
    bytes: bytes.byteLength,
  }
}

/**
 * A copy of the PDF `source` under other `metadata`, written to `output`: for a PDF whose pages another
 * render already made (the slides of a deck without click steps are its step-by-step pages).
 */
export async function copyPdfWithMetadata(source: string, output: string, metadata: PdfMetadata): Promise<{ pages: number, bytes: number }> {
  return writePdfWithMetadata(await readFile(source), output, metadata)
}

export async function renderPdf(options: RenderPdfOptions): Promise<{ pages: number, bytes: number }> {
  const { context, output, timeoutMs } = options
  const onProgress = options.onProgress ?? (() => {})
  await rm(output, { force: true })
  const page = await context.newPage()
  const problems = guardPage(page)
  try {
    await page.setViewportSize(options.viewport)
    await page.goto(options.url, {
      waitUntil: 'load',
      timeout: Math.max(timeoutMs, 30_000),
    })
    for (const [index, step] of options.ready.entries()) {
      try {
        await page.waitForFunction(step.check, step.arg, { timeout: timeoutMs, polling: 50 })
      }
      catch (error) {
        if ((error as Error).name === 'TimeoutError')
          throw new ExportError(`Export timed out after ${timeoutMs} ms: ${step.label} did not finish rendering.`)
        throw error
      }
      onProgress(index + 1, options.ready.length, step.label)
    }
    const failedFonts = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter(font => font.status === 'error').map(font => font.family)
    })
    if (failedFonts.length) {
      throw new ExportError(`Fonts failed to load: ${[
        ...new Set(failedFonts),
      ].join(', ')}`)
    }
    const missing = await uncoveredCharacters(page, options.fontFamily, OUTSIDE_FONT)
    if (missing.length)
      throw new ExportError(`No embedded font covers these characters: ${missing.map(c => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')} (the kit's font is ${options.fontFamily}).`)
    if (problems.length)
      throw new ExportError(`The page reported problems while rendering:\n  ${problems.join('\n  ')}`)
    onProgress(options.ready.length, options.ready.length, 'printing')
    const raw = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
      ...options.pdf,
    })
    return await writePdfWithMetadata(raw, output, options.metadata)
  }
  finally {
    await page.close()
  }
}
