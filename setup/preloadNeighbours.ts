/**
 * Slidev's slide preloading, less its "every slide of the deck 3 s after opening" step. The decks set
 * `preload: false` on every slide (headmatter `defaults`), which turns off all of Slidev's preloading; this puts
 * back the part a presenter feels: the slides before and after the one shown are mounted, so a step either way
 * is drawn at once, while the rest of the deck is built only when visited (a weak laptop or phone no longer
 * builds every exercise at once). `meta.__preloaded` is the flag Slidev's own SlidesShow sets and reads
 * (internals/SlidesShow.vue); tests/unit/slidev-internals.test.ts fails if a Slidev upgrade changes it.
 */
import type { KitSlideRoute } from '@slidev/client'
import type { Ref } from 'vue'
import { watchEffect } from 'vue'

/** Slidev's internal "mount this slide" flag on a route's meta. */
type PreloadMeta = KitSlideRoute['meta'] & { __preloaded?: boolean }

export function preloadNeighbours(prevRoute: Ref<KitSlideRoute | undefined>, nextRoute: Ref<KitSlideRoute | undefined>): void {
  watchEffect(() => {
    for (const route of [prevRoute.value, nextRoute.value]) {
      const meta = route?.meta as PreloadMeta | undefined
      if (!route || !meta || meta.__preloaded)
        continue
      meta.__preloaded = true
      void route.load()
    }
  })
}
