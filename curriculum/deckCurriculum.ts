/**
 * The curriculum as data, built from Slidev's own parse of a deck (the `SlideInfo`s that Slidev hands to
 * `setup/vite-plugins.ts` while it builds, or that `@slidev/parser` gives the content tests): modules
 * (episodes) with their minutes and objectives, the source items each slide teaches, each slide's
 * facilitation notes and the exercises it shows. Pure: no file system, no browser.
 */
import type { SlideInfo } from '@slidev/types'
import type { PlacedExercise } from './exercisePlacement.ts'
import { exercisesOnSlide } from './exercisePlacement.ts'

/** Frontmatter keys the kit adds to Slidev's own; documented in docs/authoring-modules.md. */
export const KIT_FRONTMATTER_KEYS = {
  module: 'module number, on the opening slide of a module',
  minutes: 'planned minutes of a module or break, exercises included',
  objectives: 'learning objectives (能……), on the opening slide of a module',
  sources: 'ids of the source items (source/items.ts) the slide teaches',
  break: 'marks a break slide, which has minutes but no module number',
} as const

/** Layout props the decks use besides Slidev's own per-slide keys (Slidev's FRONTMATTER_FIELDS). */
export const LAYOUT_FRONTMATTER_KEYS = [
  'lang',
  'clickAnimation',
  'class',
  'layoutClass',
  'background',
  'image',
] as const

export interface CurriculumSlide {
  /** 1-based slide number in the deck. */
  no: number
  title: string
  file: string
  sources: string[]
  /** The slide's markdown body. */
  content: string
  note: string
  /**
   * Minutes from the note's 【…，约 N 分钟】 line, if present; 0 for 【…，不另计时间…】, a slide whose time
   * is counted on another one (e.g. the timer of a role-play's rounds).
   */
  noteMinutes?: number
  frontmatter: Record<string, unknown>
  /** Exercises drawn on the slide, in order. */
  exercises: PlacedExercise[]
}

export interface CurriculumModule {
  /** Module number, or `null` for a break. */
  number: number | null
  title: string
  minutes: number
  objectives: string[]
  file: string
  /** Slide number of the opening slide (the one with the module's frontmatter). */
  opening: number
  slides: CurriculumSlide[]
}

export function noteMinutes(note: string): number | undefined {
  const match = note.match(/【[^】]*约\s*(\d+)\s*分钟[^】]*】/)
  if (match)
    return Number(match[1])
  return /【[^】]*不另计时间[^】]*】/.test(note)
    ? 0
    : undefined
}

/** What the curriculum is built from: Slidev's slides, in order, hidden ones already left out. */
export interface CurriculumInput {
  slides: readonly SlideInfo[]
  /** Folder the slides' file paths are shown relative to (the project root). */
  root?: string
  /** Component names of the exercise views (`SingleChoice`, …), to find exercises on slides. */
  exerciseComponents?: readonly string[]
}

/** `/abs/root/pages/01.md` → `pages/01.md`. */
function relativeFile(path: string, root: string | undefined): string {
  const normalized = path.split('\\').join('/')
  const prefix = root
    ? `${root.split('\\').join('/').replace(/\/$/, '')}/`
    : ''
  return prefix && normalized.startsWith(prefix)
    ? normalized.slice(prefix.length)
    : normalized
}

function toSlide(slide: SlideInfo, index: number, input: CurriculumInput): CurriculumSlide {
  const frontmatter = slide.frontmatter as Record<string, unknown>
  const note = (slide.note ?? '').trim()
  return {
    no: index + 1,
    title: String(frontmatter.title ?? slide.title ?? '').trim(),
    file: relativeFile(slide.source.filepath, input.root),
    sources: Array.isArray(frontmatter.sources)
      ? frontmatter.sources.map(String)
      : [],
    content: slide.content,
    note,
    noteMinutes: noteMinutes(note),
    frontmatter,
    exercises: exercisesOnSlide(slide.content, input.exerciseComponents ?? []),
  }
}

/** Slides grouped by module; slides before the first module (the cover) count towards it. */
export function readCurriculum(input: CurriculumInput): { slides: CurriculumSlide[], modules: CurriculumModule[] } {
  const slides = input.slides.map((slide, index) => toSlide(slide, index, input))
  const modules: CurriculumModule[] = []
  const leading: CurriculumSlide[] = []
  for (const slide of slides) {
    const fm = slide.frontmatter
    if (fm.module !== undefined || fm.break === true) {
      modules.push({
        number: fm.break === true
          ? null
          : Number(fm.module),
        title: String(fm.title ?? ''),
        minutes: Number(fm.minutes ?? Number.NaN),
        objectives: Array.isArray(fm.objectives)
          ? fm.objectives.map(String)
          : [],
        file: slide.file,
        opening: slide.no,
        slides: modules.length === 0
          ? [...leading, slide]
          : [slide],
      })
    }
    else if (modules.length === 0) {
      leading.push(slide)
    }
    else {
      modules.at(-1)!.slides.push(slide)
    }
  }
  return { slides, modules }
}

/** Problems with a slide's frontmatter keys and a module's required fields (empty when all is well). */
export function frontmatterProblems(curriculum: ReturnType<typeof readCurriculum>, entry: string, slidevKeys: readonly string[]): string[] {
  const problems: string[] = []
  const allowed = new Set<string>([
    ...slidevKeys,
    ...LAYOUT_FRONTMATTER_KEYS,
    ...Object.keys(KIT_FRONTMATTER_KEYS),
  ])
  for (const slide of curriculum.slides) {
    if (slide.no === 1)
      continue // the headmatter: Slidev validates its own configuration
    for (const key of Object.keys(slide.frontmatter)) {
      if (!allowed.has(key))
        problems.push(`${entry} slide ${slide.no} (${slide.file}): unknown frontmatter key "${key}"; known kit keys: ${Object.keys(KIT_FRONTMATTER_KEYS).join(', ')}`)
    }
  }
  for (const module of curriculum.modules) {
    const where = `${entry} ${module.file}`
    if (!module.title)
      problems.push(`${where}: the opening slide needs a title`)
    if (!Number.isInteger(module.minutes) || module.minutes <= 0)
      problems.push(`${where}: minutes must be a positive whole number`)
    if (module.number !== null) {
      if (module.objectives.length < 1)
        problems.push(`${where}: a module needs learning objectives`)
      for (const objective of module.objectives) {
        if (!objective.startsWith('能'))
          problems.push(`${where}: objective "${objective}" should start with 能`)
      }
    }
  }
  return problems
}
