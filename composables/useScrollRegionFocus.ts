/**
 * A scroll region the keyboard can reach. While the content of `region` is taller than its box, the region
 * gets `tabindex="0"`, so a keyboard user can focus it and scroll with the arrow keys (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`: a revealed answer can make an exercise scroll with nothing focusable left in
 * it). A region that fits adds no tab stop. Keys that scroll a focused region are kept from Slidev, which
 * would otherwise turn them into slide changes (`keepScrollKeys`, for the region's keydown).
 */
import type { Ref } from 'vue'
import { onBeforeUnmount, onMounted, ref } from 'vue'

const SCROLL_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  ' ',
])

export function useScrollRegionFocus(region: Ref<HTMLElement | undefined>): {
  tabindex: Ref<0 | undefined>
  keepScrollKeys: (event: KeyboardEvent) => void
} {
  const tabindex = ref<0 | undefined>()
  const measure = (): void => {
    const element = region.value
    tabindex.value = element && element.scrollHeight > element.clientHeight + 1
      ? 0
      : undefined
  }
  let resize: ResizeObserver | undefined
  let mutation: MutationObserver | undefined
  onMounted(() => {
    const element = region.value
    if (!element)
      return
    measure()
    // The box changes with the slide's scale; the content with answers, marks and revealed rationales.
    if (typeof ResizeObserver !== 'undefined') {
      resize = new ResizeObserver(measure)
      resize.observe(element)
    }
    if (typeof MutationObserver !== 'undefined') {
      mutation = new MutationObserver(measure)
      mutation.observe(element, { childList: true, subtree: true, characterData: true })
    }
  })
  onBeforeUnmount(() => {
    resize?.disconnect()
    mutation?.disconnect()
  })

  function keepScrollKeys(event: KeyboardEvent): void {
    if (event.target === region.value && SCROLL_KEYS.has(event.key))
      event.stopPropagation()
  }
  return { tabindex, keepScrollKeys }
}
