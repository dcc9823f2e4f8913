/**
 * Preloads the first view's fonts (setup/vite-plugins.ts). The fonts of slice 1 of each weight (what each
 * deck's first slide and the global layers show; see scripts/lib/font-subset.ts) are otherwise found only
 * once the app has run and laid the slide out; a `<link rel="preload">` per file in index.html lets the
 * browser fetch them alongside the scripts.
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The generated @font-face rules (written by `npm run fonts`). */
const FONT_CSS = 'styles/fonts.generated.css'

/** The main file of slice 1 of a weight, as the generated CSS names it: `/fonts/noto-sans-sc-400-01.<hash>.woff2`. */
const FIRST_SLICE = /url\('\/(fonts\/noto-sans-sc-\d+-0*1\.[0-9a-f]{8}\.woff2)'\)/g

/** The font files of the first slice, as URLs relative to a deck's index.html (`fonts/…`). */
export function firstFontFiles(root: string): string[] {
  const css = readFileSync(join(root, FONT_CSS), 'utf8')
  return [
    ...new Set([
      ...css.matchAll(FIRST_SLICE),
    ].map(([, path]) => path!)),
  ]
}

export function preloadFirstFonts(root: string): Plugin {
  return {
    name: 'kit-preload-first-fonts',
    apply: 'build',
    transformIndexHtml() {
      return firstFontFiles(root).map(href => ({
        tag: 'link',
        attrs: {
          rel: 'preload',
          href,
          as: 'font',
          type: 'font/woff2',
          crossorigin: '',
        },
        injectTo: 'head-prepend' as const,
      }))
    },
  }
}
