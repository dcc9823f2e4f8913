import type { ComputedRef } from 'vue'
import type { KitModule } from '../curriculum/clientCurriculum.ts'
import { useSlideContext } from '@slidev/client'
import { computed } from 'vue'
import { moduleColor } from './moduleColor.ts'
import { useDeckCurriculum } from './useDeckCurriculum.ts'

/** The module a slide belongs to, and its colour (layouts, slide-top.vue). */
export interface SlideModule {
  /** The module whose opening slide is the last one at or before this slide; `null` before the first, or in a break. */
  module: ComputedRef<KitModule | null>
  /** The module's colour (composables/moduleColor.ts); the kit colour outside modules. */
  color: ComputedRef<string>
}

/** For the slide being drawn (useSlideContext: works in the slide, presenter, overview and print views alike). */
export function useSlideModule(): SlideModule {
  const { $page } = useSlideContext()
  const { modules } = useDeckCurriculum()
  const module = computed(() => {
    const current = modules.filter(m => m.opening <= $page.value).at(-1)
    return current && current.number !== null
      ? current
      : null
  })
  return {
    module,
    color: computed(() => moduleColor(module.value?.number)),
  }
}
