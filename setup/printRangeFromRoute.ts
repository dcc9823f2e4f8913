/**
 * Slidev's print view prints the slides named by `?range=` (e.g. `#/print?range=2,5-7`), read from the route
 * when its navigation state is first created. With hash routing that happens before the router has read the
 * hash, so the range was always "every slide". Once the first route is known, this applies it.
 */
import type { Ref } from 'vue'
import { parseRangeString } from '@slidev/parser/utils'

export function applyPrintRange(range: unknown, total: number, printRange: Ref<number[]>): void {
  if (typeof range !== 'string' || !range.trim())
    return
  const slides = parseRangeString(total, range)
  // A range naming no slide of the deck (e.g. `?range=500`) prints the whole deck rather than a blank page.
  if (slides.length)
    printRange.value = slides
}
