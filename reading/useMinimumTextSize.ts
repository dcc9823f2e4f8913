/**
 * A minimum text size for everything drawn inside an element, like a browser's "minimum font size"
 * setting: any element whose own text is drawn smaller than `minPx` gets `minPx` (an inline style).
 * The reading view uses it so the canvas's small print (hints, tags, table cells, sized for a 980 px
 * slide) is at least 16 px on a phone without a rule per component; it follows what is drawn later
 * (feedback after checking, the next slide). SVG text is left alone: a diagram keeps its proportions.
 */
import type { Ref } from 'vue'
import { onMounted, onUnmounted } from 'vue'

/** Raises the text of every element inside `root` to at least `minPx`; returns how many it raised. */
export function raiseSmallText(root: Element, minPx: number): number {
  let raised = 0
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (!(el instanceof HTMLElement))
      continue
    const ownText = [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    if (!ownText)
      continue
    if (Number.parseFloat(getComputedStyle(el).fontSize) < minPx) {
      el.style.fontSize = `${minPx}px`
      raised++
    }
  }
  return raised
}

/** Keeps the text inside `root` at `minPx` or more while the component is mounted. */
export function useMinimumTextSize(root: Readonly<Ref<HTMLElement | null | undefined>>, minPx: number): void {
  let observer: MutationObserver | undefined
  let frame = 0
  const schedule = () => {
    if (frame)
      return
    frame = requestAnimationFrame(() => {
      frame = 0
      if (root.value)
        raiseSmallText(root.value, minPx)
    })
  }
  onMounted(() => {
    if (!root.value)
      return
    raiseSmallText(root.value, minPx)
    // Text and elements added or changed; class changes restyle. Inline styles (ours) are not watched.
    observer = new MutationObserver(schedule)
    observer.observe(root.value, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class'],
    })
  })
  onUnmounted(() => {
    observer?.disconnect()
    cancelAnimationFrame(frame)
  })
}
