/**
 * Two build-time plugins that shorten the way to a deck's first slide (setup/vite-plugins.ts):
 *
 * - runtimeOnlyVue: Slidev aliases `vue` to `vue/dist/vue.esm-bundler.js`, the build with the template
 *   compiler (~28 KB gzipped of @vue/compiler-*), loaded before the first slide. Every template of the
 *   kit, of Slidev's client and of its theme is compiled at build time (.vue files, markdown slides), so
 *   the build resolves that file to its runtime-only sibling `vue.runtime.esm-bundler.js` instead. A
 *   component with a run-time `template:` string would then fail; the kit has none (the guard in
 *   scripts/lib/lean-client.test.ts fails when one appears).
 * - preloadFirstFonts: the fonts of the first view (slice 1 of each weight, see font-subset.ts) are
 *   otherwise found only once the app has run and laid the slide out; a `<link rel="preload">` per file
 *   in index.html lets the browser fetch them alongside the scripts.
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FONT_CSS, FONT_URL, isFirstSlice, parseFontFaces } from './font-subset.ts'

const FULL_BUILD = /[\\/]vue[\\/]dist[\\/]vue\.esm-bundler\.js$/

export function runtimeOnlyVue(): Plugin {
  return {
    name: 'kit-runtime-only-vue',
    enforce: 'pre',
    apply: 'build',
    async resolveId(id, importer, options) {
      if (!FULL_BUILD.test(id))
        return undefined
      const runtime = id.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js')
      return (await this.resolve(runtime, importer, { ...options, skipSelf: true }))?.id ?? runtime
    },
  }
}

/** The font files of the first slice, as URLs relative to a deck's index.html (`fonts/…`). */
export function firstFontFiles(root: string): string[] {
  const css = readFileSync(join(root, FONT_CSS), 'utf8')
  return [
    ...new Set(parseFontFaces(css).map(face => face.url).filter(url => url.startsWith(`${FONT_URL}/`) && isFirstSlice(url))),
  ].map(url => url.slice(1))
}

export function preloadFirstFonts(root: string): Plugin {
  return {
    name: 'kit-preload-first-fonts',
    apply: 'build',
    transformIndexHtml() {
      return firstFontFiles(root).map(href => ({
        tag: 'link',
        attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: '' },
        injectTo: 'head-prepend' as const,
      }))
    },
  }
}
