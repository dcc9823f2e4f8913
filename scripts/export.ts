/**
 * `npm run export`: builds the decks and writes their PDFs into dist/pdf/.
 *
 * Options:
 *   --deck NAME       one deck only (see scripts/lib/decks.ts)
 *   --entry FILE      an ad-hoc deck file instead (built into dist/<name>/, with --name NAME; slides PDFs only);
 *                     repeat it for several (each named after its file)
 *   --skip-build      reuse the sites already in dist/
 *   --timeout MS      longest time one slide may take to render (default 30000)
 */
import type { DeckSpec } from '../curriculum/decks.ts'
import { basename } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { deckByName, DECKS } from '../curriculum/decks.ts'
import { buildAndExportDecks, DEFAULT_TIMEOUT_MS, exportDecks } from './lib/export-decks.ts'
import { printSummary } from './lib/pdf-summary.ts'

const { values } = parseArgs({
  options: {
    'deck': { type: 'string' },
    'entry': { type: 'string', multiple: true },
    'name': { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'timeout': {
      type: 'string',
      default: String(DEFAULT_TIMEOUT_MS),
    },
  },
})

function selectedDecks(): readonly DeckSpec[] {
  if (values.entry?.length) {
    if (values.name && values.entry.length > 1)
      throw new Error('--name names one ad-hoc deck; with several --entry files, each is named after its file.')
    return values.entry.map((entry) => {
      const name = values.name ?? basename(entry, '.md')
      return { name, entry, outDir: `dist/${name}` }
    })
  }
  return values.deck
    ? [
        deckByName(values.deck),
      ]
    : DECKS
}

try {
  const timeoutMs = Number(values.timeout)
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new Error(`--timeout must be a positive number of milliseconds, got "${values.timeout}"`)
  const decks = selectedDecks()
  // An ad-hoc deck has no curriculum (handouts need one, see scripts/lib/curriculum-module.ts): slides only.
  const rows = await (values['skip-build'] ? exportDecks : buildAndExportDecks)({
    decks,
    timeoutMs,
    kinds: values.entry
      ? ['slides', 'slides-steps']
      : undefined,
  })
  printSummary('PDFs written:', rows)
}
catch (error) {
  console.error(`\n✖ Export failed: ${(error as Error).message}`)
  process.exit(1)
}
