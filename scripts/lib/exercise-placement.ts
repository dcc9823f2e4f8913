/**
 * Which exercises each slide shows, read from the slide markdown: a tag of an exercise component
 * (components/exercises/*.vue) with an `id="…"` attribute, e.g. `<SingleChoice id="why-check-1" />`.
 */
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import process from 'node:process'

/** Names of the exercise view components, from their file names. */
export function exerciseComponentNames(dir = join(process.cwd(), 'components/exercises')): string[] {
  return readdirSync(dir).filter(name => name.endsWith('.vue')).map(name => basename(name, '.vue')).sort()
}

/** `single-choice` → `SingleChoice`: the view component of an exercise type. */
export function componentForType(type: string): string {
  return type.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('')
}

export interface PlacedExercise {
  component: string
  id: string
}

export function exercisesOnSlide(content: string, components: readonly string[]): PlacedExercise[] {
  const placed: PlacedExercise[] = []
  for (const match of content.matchAll(/<([A-Z][\w-]*)\b([^>]*)>/g)) {
    const [, component, attributes] = match
    if (!component || !components.includes(component))
      continue
    const id = attributes?.match(/(?:^|\s)id="([^"]+)"/)?.[1]
    if (id)
      placed.push({ component, id })
  }
  return placed
}
