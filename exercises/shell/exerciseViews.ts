/**
 * The exercise views as Vue components, each loaded when it is first drawn, for pages that draw exercises
 * by id (handouts). Slides name the view directly (`<SingleChoice id="…" />`, see setup/exerciseViewResolver.ts).
 */
import type { Component } from 'vue'
import { defineAsyncComponent } from 'vue'
import { EXERCISE_TYPES } from '../registry.ts'

const cache = new Map<string, Component>()

/** The view of exercise type `type`; throws for a type that is not registered. */
export function exerciseView(type: string): Component {
  const definition = (EXERCISE_TYPES as Record<string, { view: () => Promise<{ default: Component }> }>)[type]
  if (!definition)
    throw new Error(`No exercise type "${type}" in exercises/types/index.ts`)
  let view = cache.get(type)
  if (!view) {
    view = defineAsyncComponent(definition.view)
    cache.set(type, view)
  }
  return view
}
