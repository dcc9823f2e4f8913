/**
 * `npm run build`: builds every deck as a static self-study site (see curriculum/decks.ts), the decks at once.
 * Options: `--deck NAME` builds one deck only.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { deckByName, DECKS } from '../curriculum/decks.ts'
import { buildDecks } from './lib/build-deck.ts'

const { values } = parseArgs({
  options: {
    deck: { type: 'string' },
  },
})
const decks = values.deck
  ? [
      deckByName(values.deck),
    ]
  : DECKS
try {
  await buildDecks(decks)
}
catch (error) {
  console.error(`\n✖ ${(error as Error).message}`)
  process.exit(1)
}
