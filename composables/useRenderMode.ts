import type { ComputedRef, MaybeRefOrGetter } from 'vue'
import { useNav } from '@slidev/client'
import { computed, toValue } from 'vue'

/**
 * How an exercise is drawn:
 * - `live`: interactive, in the presentation and the self-study site;
 * - `print`: a static worksheet (Slidev print mode and handouts), no feedback, no solution;
 * - `key`: the answer key with solution and rationale (facilitator guide).
 */
export type RenderMode = 'live' | 'print' | 'key'

/** The explicit `mode` prop wins; otherwise Slidev's print mode means `print`, anything else `live`. */
export function useRenderMode(explicit: MaybeRefOrGetter<RenderMode | undefined>): ComputedRef<RenderMode> {
  const { isPrintMode } = useNav()
  return computed(() => toValue(explicit) ?? (isPrintMode.value ? 'print' : 'live'))
}
