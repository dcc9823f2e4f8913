/**
 * Keeps Shiki's browser-side parts out of a deck that shows no code (setup/vite-plugins.ts).
 *
 * Slidev highlights code blocks at build time (static HTML); in the browser it needs Shiki only for
 * Twoslash pop-ups, Shiki Magic Move and the Monaco/side editors. Yet its client imports
 * `@shikijs/vitepress-twoslash/client` in setup/main.ts and two Shiki style sheets in styles/index.ts for
 * every deck, and its Vite config puts them into `assets/modules/shiki-*.js` (with floating-vue), which
 * every page loads before the first slide. When no slide of the deck has a code block (``` or ~~~), a
 * Magic Move block or a Monaco editor, this plugin resolves those three imports to empty stand-ins:
 * the Twoslash client becomes a Vue plugin that does nothing, the style sheets become empty CSS.
 * A deck with code keeps Slidev's modules untouched.
 */
import type { Plugin } from 'vite'

/** What Slidev's client imports for Shiki in the browser, and the stand-in for each. */
export const SHIKI_CLIENT_STUBS: Record<string, string> = {
  '@shikijs/vitepress-twoslash/client': 'export default { install() {} }\n',
  '@shikijs/vitepress-twoslash/style.css': '',
  '@shikijs/magic-move/style.css': '',
}

const STUB_PREFIX = '\0kit-code-free:'

/** A fenced code block (``` or ~~~ at a line start, up to three spaces in), Magic Move or Monaco. */
const CODE = /^ {0,3}(?:`{3,}|~{3,})|<ShikiMagicMove\b|\{monaco(?:-run|-diff|-write)?\}/m

/** True when any of the slides' markdown shows code that needs Shiki in the browser. */
export function slidesShowCode(contents: Iterable<string>): boolean {
  for (const content of contents) {
    if (CODE.test(content))
      return true
  }
  return false
}

/** The Vite plugin: stubs SHIKI_CLIENT_STUBS when `showsCode` is false, else does nothing. */
export function codeFreeBundle(showsCode: boolean): Plugin {
  return {
    name: 'kit-code-free-bundle',
    enforce: 'pre',
    resolveId(id) {
      if (showsCode || !(id in SHIKI_CLIENT_STUBS))
        return undefined
      return `${STUB_PREFIX}${id}`
    },
    load(id) {
      if (!id.startsWith(STUB_PREFIX))
        return undefined
      return SHIKI_CLIENT_STUBS[id.slice(STUB_PREFIX.length)]
    },
  }
}
