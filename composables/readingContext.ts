/**
 * Tells a component it is drawn in the reading view (reading/ReadingSlide.vue provides it), so a
 * diagram too wide for a phone can draw a narrow version of itself instead of shrinking its text.
 */
import type { InjectionKey } from 'vue'
import { inject } from 'vue'

export const READING_VIEW_KEY: InjectionKey<boolean> = Symbol('kit-reading-view')

/** True inside the reading view, false anywhere else (canvas, presenter, print, handouts). */
export function useInReadingView(): boolean {
  return inject(READING_VIEW_KEY, false)
}
