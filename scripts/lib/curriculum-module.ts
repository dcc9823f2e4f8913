/**
 * The data behind the virtual module `virtual:kit-curriculum` (see vite.config.ts): every deck's
 * modules and slides with the exercises each slide shows, computed from the markdown at build time,
 * so handouts never have to read the slides' DOM.
 */
import type { CurriculumModule, CurriculumSlide } from './curriculum.ts'
import { readCurriculum } from './curriculum.ts'
import { readDeck } from './deck-info.ts'
import { DECKS } from './decks.ts'
import { exerciseComponentNames, exercisesOnSlide } from './exercise-placement.ts'
import { readMasteryThreshold } from './mastery-threshold.ts'

export interface KitSlide {
  no: number
  title: string
  exercises: { component: string, id: string }[]
}

export interface KitModule {
  number: number | null
  title: string
  minutes: number
  objectives: string[]
  /** Slide numbers of the module, its opening included. */
  slides: number[]
}

export interface KitDeckCurriculum {
  name: string
  title: string
  /** Share of the post-test needed to pass (headmatter `masteryThreshold`, default 0.8). */
  masteryThreshold: number
  modules: KitModule[]
  slides: KitSlide[]
}

function toModule(module: CurriculumModule): KitModule {
  return {
    number: module.number,
    title: module.title,
    minutes: module.minutes,
    objectives: module.objectives,
    slides: module.slides.map(s => s.no),
  }
}

function toSlide(slide: CurriculumSlide, components: string[]): KitSlide {
  return {
    no: slide.no,
    title: slide.title,
    exercises: exercisesOnSlide(slide.content, components),
  }
}

export async function buildCurriculumModule(): Promise<KitDeckCurriculum[]> {
  const components = exerciseComponentNames()
  return Promise.all(DECKS.map(async (deck) => {
    const info = await readDeck(deck.entry)
    const { slides, modules } = readCurriculum(info)
    return {
      name: deck.name,
      title: info.title,
      masteryThreshold: readMasteryThreshold(info.headmatter, deck.entry),
      modules: modules.map(toModule),
      slides: slides.map(s => toSlide(s, components)),
    }
  }))
}
