/**
 * The decks' curricula for tests, built the way setup/vite-plugins.ts builds them for the site (the same
 * functions over Slidev's parse; here `@slidev/parser` reads the deck, as Slidev does).
 */
import type { KitDeckCurriculum } from '../../curriculum/clientCurriculum.ts'
import process from 'node:process'
import { toClientCurriculum } from '../../curriculum/clientCurriculum.ts'
import { readCurriculum } from '../../curriculum/deckCurriculum.ts'
import { DECKS } from '../../curriculum/decks.ts'
import { readMasteryThreshold } from '../../curriculum/masteryThreshold.ts'
import { EXERCISE_COMPONENTS } from '../../exercises/registry.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'

/** The full curriculum of the deck at `entry` (slide markdown and notes included). */
export async function readDeckCurriculum(entry: string): Promise<ReturnType<typeof readCurriculum>> {
  const info = await readDeck(entry)
  return readCurriculum({
    slides: info.slides,
    root: process.cwd(),
    exerciseComponents: EXERCISE_COMPONENTS,
  })
}

/** Every deck's curriculum as the site receives it (`virtual:kit-curriculum`). */
export async function clientCurricula(): Promise<KitDeckCurriculum[]> {
  return Promise.all(DECKS.map(async (deck) => {
    const info = await readDeck(deck.entry)
    return toClientCurriculum({
      name: deck.name,
      title: info.title,
      masteryThreshold: readMasteryThreshold(info.headmatter, deck.entry),
      curriculum: readCurriculum({
        slides: info.slides,
        root: process.cwd(),
        exerciseComponents: EXERCISE_COMPONENTS,
      }),
    })
  }))
}
