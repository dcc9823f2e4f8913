/**
 * `npm run export`: builds the decks and writes their PDFs into dist/pdf/.
 *
 * Options:
 *   --deck NAME       one deck only (see scripts/lib/decks.ts)
 *   --entry FILE      an ad-hoc deck file instead (built into dist/<name>/, with --name NAME; slides PDFs only)
 *   --skip-build      reuse the sites already in dist/
 *   --timeout MS      longest time one slide may take to render (default 30000)
 */
import type { DeckSpec } from '../curriculum/decks.ts'
import { basename } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { deckByName, DECKS } from '../curriculum/decks.ts'
import { buildDecks } from './lib/build-deck.ts'
import { DEFAULT_TIMEOUT_MS, exportDecks } from './lib/export-decks.ts'
import { printSummary } from './lib/pdf-summary.ts'

const { values } = parseArgs({
  options: {
    'deck': { type: 'string' },
    'entry': { type: 'string' },
    'name': { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'timeout': {
      type: 'string',
      default: String(DEFAULT_TIMEOUT_MS),
    },
  },
})

function selectedDecks(): readonly DeckSpec[] {
  if (values.entry) {
    const name = values.name ?? basename(values.entry, '.md')
    return [
      { name, entry: values.entry, outDir: `dist/${name}` },
    ]
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
  if (!values['skip-build'])
    await buildDecks(decks)
  // An ad-hoc deck has no curriculum (handouts need one, see scripts/lib/curriculum-module.ts): slides only.
  const rows = await exportDecks({
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
