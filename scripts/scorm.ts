/**
 * `npm run scorm`: SCORM 1.2 and SCORM 2004 packages of every deck in dist/scorm/
 * (see scripts/lib/scorm-package.ts). Options: `--deck NAME` packages one deck only.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { deckByName, DECKS } from '../curriculum/decks.ts'
import { describeFile, printSummary } from './lib/pdf-summary.ts'
import { packageScorm } from './lib/scorm-package.ts'

const { values } = parseArgs({
  options: {
    deck: { type: 'string' },
  },
})
try {
  const decks = values.deck
    ? [
        deckByName(values.deck),
      ]
    : DECKS
  const written: string[] = []
  for (const deck of decks)
    written.push(...await packageScorm(deck))
  printSummary('SCORM packages (import the zip into the LMS as one activity):', await Promise.all(written.map(describeFile)))
}
catch (error) {
  console.error(`\n✖ SCORM packaging failed: ${(error as Error).message}`)
  process.exit(1)
}
