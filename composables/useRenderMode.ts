import type { ComputedRef, InjectionKey, MaybeRefOrGetter } from 'vue'
import { useNav } from '@slidev/client'
import { computed, inject, toValue } from 'vue'

/**
 * How an exercise is drawn:
 * - `live`: interactive, in the presentation and the self-study site;
 * - `print`: a static worksheet (Slidev print mode and handouts), no feedback, no solution;
 * - `key`: the answer key with solution and rationale (facilitator guide).
 */
export type RenderMode = 'live' | 'print' | 'key'

/** Lets a container (e.g. a handout page drawing slide thumbnails) set the mode of every exercise inside. */
export const RENDER_MODE_KEY: InjectionKey<RenderMode> = Symbol('kit-render-mode')

/**
 * The explicit `mode` prop wins, then a mode provided by a container (`RENDER_MODE_KEY`);
 * otherwise Slidev's print mode means `print`, anything else `live`.
 */
export function useRenderMode(explicit: MaybeRefOrGetter<RenderMode | undefined>): ComputedRef<RenderMode> {
  const { isPrintMode } = useNav()
  const provided = inject(RENDER_MODE_KEY, undefined)
  return computed(() => toValue(explicit) ?? provided ?? (isPrintMode.value ? 'print' : 'live'))
}
