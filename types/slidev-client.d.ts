/**
 * The part of `@slidev/client`'s public API the kit uses, declared for the type checker.
 * `@slidev/client` ships raw TypeScript that only compiles inside Slidev's own Vite setup
 * (build-time globals, looser compiler options), so tsconfig maps the import here instead.
 * Keep these in step with node_modules/@slidev/client/index.ts when upgrading Slidev.
 */
import type { ClicksContext, RenderContext, SlideInfo, SlideRoute } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

export type SlideMeta = Omit<SlideInfo, 'source'> & { no: number, filepath: string }

export interface KitSlideRoute extends Omit<SlideRoute, 'meta'> {
  meta: { slide: SlideMeta }
}

export interface SlidevNav {
  slides: Ref<KitSlideRoute[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  /** True in Slidev's print view and during export. */
  isPrintMode: ComputedRef<boolean>
  /** The slides the print view draws (1-based), from `?range=`; every slide by default. */
  printRange: Ref<number[]>
  isPresenter: ComputedRef<boolean>
  /** True on the normal slide view (route `play`), false in presenter, overview, print and handout routes. */
  isPlaying: ComputedRef<boolean>
  /** True when the slides are embedded (`?embedded`), e.g. as a preview. */
  isEmbedded: ComputedRef<boolean>
  /** The slide before the one shown (the first slide at the start). */
  prevRoute: ComputedRef<KitSlideRoute>
  /** The slide after the one shown (the last slide at the end). */
  nextRoute: ComputedRef<KitSlideRoute>
  go: (no: number | string, clicks?: number, force?: boolean) => Promise<void>
  next: () => Promise<void>
  prev: () => Promise<void>
}

export declare function useNav(): SlidevNav

export interface SlideContext {
  $page: Ref<number>
  $renderContext: Ref<RenderContext>
  $frontmatter: Record<string, any>
  $clicksContext: ClicksContext
  $clicks: Ref<number>
}

export declare function useSlideContext(): SlideContext

/** The deck's resolved headmatter configuration (title, canvas size, …). */
export declare const configs: { title: string, canvasWidth: number, aspectRatio: number } & Record<string, unknown>
