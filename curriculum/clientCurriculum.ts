/**
 * The part of a deck's curriculum the browser needs (modules, slides, the exercises each slide shows),
 * served as the virtual module `virtual:kit-curriculum` by setup/vite-plugins.ts from Slidev's own parse
 * of the deck being built. Lean on purpose: no slide markdown and no notes (Slidev ships those itself).
 */
import type { CurriculumModule, CurriculumSlide, readCurriculum } from './deckCurriculum.ts'

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
  /** Slide numbers of the module, its opening included (the first module also holds the cover). */
  slides: number[]
  /** Slide number of the module's opening slide (the one with its `module`/`break` frontmatter). */
  opening: number
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
    opening: module.opening,
  }
}

function toSlide(slide: CurriculumSlide): KitSlide {
  return {
    no: slide.no,
    title: slide.title,
    exercises: slide.exercises,
  }
}

/** The browser's view of a deck's curriculum. */
export function toClientCurriculum(deck: {
  name: string
  title: string
  masteryThreshold: number
  curriculum: ReturnType<typeof readCurriculum>
}): KitDeckCurriculum {
  return {
    name: deck.name,
    title: deck.title,
    masteryThreshold: deck.masteryThreshold,
    modules: deck.curriculum.modules.map(toModule),
    slides: deck.curriculum.slides.map(toSlide),
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
