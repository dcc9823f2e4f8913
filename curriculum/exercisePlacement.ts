/**
 * Which exercises each slide shows, read from the slide markdown: a tag of an exercise view component
 * (see exercises/types/index.ts) with an `id="…"` attribute, e.g. `<SingleChoice id="why-check-1" />`.
 */

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
