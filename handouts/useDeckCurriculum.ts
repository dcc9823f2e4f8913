import type { KitDeckCurriculum, KitModule, KitSlide } from '../scripts/lib/curriculum-module.ts'
import { configs } from '@slidev/client'
import decks from 'virtual:kit-curriculum'
import { DEFAULT_MASTERY_THRESHOLD } from '../scorm/scormReport.ts'

let warned = false

/**
 * The curriculum of the deck this site was built from (matched by its title). A deck that is not in
 * scripts/lib/decks.ts (e.g. an ad-hoc deck file) gets an empty curriculum and a warning, never an error:
 * progress, summary and handouts then simply have nothing to show.
 */
export function useDeckCurriculum(): KitDeckCurriculum {
  const deck = decks.find(d => d.title === configs.title)
  if (deck)
    return deck
  if (!warned) {
    warned = true
    console.warn(`[kit] no curriculum for the deck "${configs.title}" (known: ${decks.map(d => d.title).join(', ')}); progress and handouts are off`)
  }
  return {
    name: 'unknown',
    title: configs.title,
    masteryThreshold: DEFAULT_MASTERY_THRESHOLD,
    modules: [],
    slides: [],
  }
}

/** The slides of a module, in order. */
export function moduleSlides(deck: KitDeckCurriculum, module: KitModule): KitSlide[] {
  return module.slides.map(no => deck.slides[no - 1]!)
}

/** Exercise ids shown in a module, each once, in slide order. */
export function moduleExercises(deck: KitDeckCurriculum, module: KitModule): { component: string, id: string }[] {
  const seen = new Set<string>()
  return moduleSlides(deck, module).flatMap(slide => slide.exercises).filter(e => !seen.has(e.id) && seen.add(e.id))
}
