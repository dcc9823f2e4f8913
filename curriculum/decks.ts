/**
 * The decks this kit ships. Every script (build, export, kit, tests) reads this list,
 * so adding a deck here is the only step needed to build, export and test it.
 */
export interface DeckSpec {
  /** Short name used in file names, e.g. `workshop` → `dist/pdf/workshop-slides.pdf`. */
  name: string
  /** Slidev entry markdown, relative to the project root. */
  entry: string
  /** Where `slidev build` writes the static site, relative to the project root. */
  outDir: string
}

export const DECKS: readonly DeckSpec[] = [
  { name: 'workshop', entry: 'slides.md', outDir: 'dist' },
  { name: 'briefing', entry: 'briefing.md', outDir: 'dist/briefing' },
]

/** Where every PDF lands. */
export const PDF_DIR = 'dist/pdf'

/** Where the SCORM packages land (`npm run scorm`). */
export const SCORM_DIR = 'dist/scorm'

export function deckByName(name: string): DeckSpec {
  const deck = DECKS.find(d => d.name === name)
  if (!deck)
    throw new Error(`Unknown deck "${name}". Known decks: ${DECKS.map(d => d.name).join(', ')}`)
  return deck
}
