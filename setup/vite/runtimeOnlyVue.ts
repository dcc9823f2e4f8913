/**
 * Builds a deck with Vue's runtime-only build (setup/vite-plugins.ts). Slidev aliases `vue` to
 * `vue/dist/vue.esm-bundler.js`, the build with the template compiler (~28 KB gzipped of @vue/compiler-*),
 * loaded before the first slide. Every template of the kit, of Slidev's client and of its theme is
 * compiled at build time (.vue files, markdown slides), so the build resolves that file to its runtime-only
 * sibling `vue.runtime.esm-bundler.js` instead. A component with a run-time `template:` string would then
 * fail; the kit has none (setup/vite/runtimeOnlyVue.test.ts fails when one appears).
 */
import type { Plugin } from 'vite'

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
