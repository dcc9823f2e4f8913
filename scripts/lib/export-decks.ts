/**
 * One pass over every deck: one loopback server for `dist/`, one browser, one PDF per deck.
 * Shared by `npm run export` and `npm run kit`.
 */
import type { DeckSpec } from './decks.ts'
import type { OutputRow } from './pdf-summary.ts'
import { join, relative } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, ensureBrowser } from './browser.ts'
import { readDeck } from './deck-info.ts'
import { PDF_DIR } from './decks.ts'
import { exportSlidesPdf } from './export-slides-pdf.ts'
import { describeFile, formatBytes } from './pdf-summary.ts'
import { serveStatic } from './static-server.ts'

export const SITE_ROOT = 'dist'
export const DEFAULT_TIMEOUT_MS = 30_000

/** One progress line: redrawn in place on a terminal, one line each in logs. */
function progress(line: string): void {
  if (process.stdout.isTTY)
    process.stdout.write(`\r  ${line}   `)
  else
    console.log(`  ${line}`)
}

export interface ExportDecksOptions {
  decks: readonly DeckSpec[]
  timeoutMs?: number
}

function siteUrlFor(base: string, deck: DeckSpec): string {
  const path = relative(SITE_ROOT, deck.outDir)
  if (path.startsWith('..'))
    throw new Error(`Deck ${deck.name} is built outside ${SITE_ROOT}/ (${deck.outDir}); the exporter serves ${SITE_ROOT}/ only.`)
  return path
    ? `${base}${path.split('\\').join('/')}/`
    : base
}

export async function exportDecks({ decks, timeoutMs = DEFAULT_TIMEOUT_MS }: ExportDecksOptions): Promise<OutputRow[]> {
  const resolved = ensureBrowser()
  console.log(`\n▶ Exporting PDFs with ${resolved.executablePath} (${resolved.source})`)
  const server = await serveStatic(SITE_ROOT)
  const browser = await chromium.launch({ executablePath: resolved.executablePath, args: CHROMIUM_ARGS })
  const rows: OutputRow[] = []
  try {
    const context = await browser.newContext()
    for (const deck of decks) {
      const info = await readDeck(deck.entry)
      const output = join(PDF_DIR, `${deck.name}-slides.pdf`)
      const started = Date.now()
      const result = await exportSlidesPdf({
        context,
        siteUrl: siteUrlFor(server.url, deck),
        deck: info,
        output,
        timeoutMs,
        metadata: {
          title: info.title,
          author: String(info.headmatter.author ?? ''),
          subject: String(info.headmatter.subject ?? info.title),
          keywords: ['群众工作', '培训'],
          language: 'zh-CN',
        },
        log: line => progress(`${deck.name}-slides.pdf: ${line}`),
      })
      if (process.stdout.isTTY)
        process.stdout.write('\n')
      console.log(`  ✔ ${output}: ${result.pages} pages, ${formatBytes(result.bytes)}, ${((Date.now() - started) / 1000).toFixed(1)} s`)
      rows.push(await describeFile(output))
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  return rows
}
