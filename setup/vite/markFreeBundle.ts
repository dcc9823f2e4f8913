/**
 * Keeps Slidev's `v-mark` (Rough Notation with roughjs, about 8 KB gzip) out of a deck whose slides never
 * use it (setup/vite-plugins.ts). Slidev's client installs the directive for every deck in setup/main.ts,
 * so its code sat in every entry, loaded before the first slide. When no slide's markdown says `v-mark`,
 * that one import, from Slidev's client setup only, resolves to a stand-in whose directive does nothing.
 * A deck that uses `v-mark` keeps Slidev's module. setup/vite/markFreeBundle.test.ts fails when a Slidev
 * upgrade moves the import, or when one of the kit's own components starts using the directive.
 */
import type { Plugin } from 'vite'

/** How Slidev's client setup (client/setup/main.ts) imports the directive. */
export const VMARK_IMPORT = '../modules/v-mark'

export const VMARK_STAND_IN = [
  '// v-mark stand-in: no slide of this deck uses the directive (setup/vite/markFreeBundle.ts).',
  'export function createVMarkDirective() {',
  '  return { install(app) { app.directive(\'mark\', {}) } }',
  '}',
  '',
].join('\n')

const STAND_IN_ID = '\0kit-mark-free:v-mark'

/** True when any of the slides' markdown uses the `v-mark` directive. */
export function slidesUseMark(contents: Iterable<string>): boolean {
  for (const content of contents) {
    if (/\bv-mark\b/.test(content))
      return true
  }
  return false
}

/** True for Slidev's client setup module, which installs the directive. */
export function isSlidevClientSetup(importer: string | undefined): boolean {
  return !!importer && /[\\/]@slidev[\\/]client[\\/]setup[\\/]main\.ts$/.test(importer)
}

export function markFreeBundle(usesMark: boolean): Plugin {
  return {
    name: 'kit-mark-free-bundle',
    enforce: 'pre',
    resolveId(id, importer) {
      if (usesMark || id !== VMARK_IMPORT || !isSlidevClientSetup(importer))
        return undefined
      return STAND_IN_ID
    },
    load(id) {
      return id === STAND_IN_ID
        ? VMARK_STAND_IN
        : undefined
    },
  }
}
