/**
 * Keeps the YAML library out of the browser bundle (setup/vite-plugins.ts).
 *
 * Slidev's client imports one function, `parseRangeString`, from `@slidev/parser/core`
 * (client/logic/utils.ts), and that module also imports `yaml` to parse headmatter, which only the
 * server does. So the whole of `yaml` (about 15 KB gzip) sat in every deck's entry, loaded before the
 * first slide. This plugin resolves that one import, from Slidev's client only, to a stand-in that
 * re-exports `parseRangeString` from `@slidev/parser/utils`, where the function is defined. The server
 * side (and any other importer) keeps the real module. setup/vite/yamlFreeClient.test.ts fails when a
 * Slidev upgrade imports anything else from `@slidev/parser/core` in its client.
 */
import type { Plugin } from 'vite'

export const PARSER_CORE = '@slidev/parser/core'

/** What Slidev's client takes from `@slidev/parser/core`, all of it defined in `@slidev/parser/utils`. */
export const CLIENT_PARSER_IMPORTS = ['parseRangeString'] as const

export const PARSER_CORE_STAND_IN = `export { ${CLIENT_PARSER_IMPORTS.join(', ')} } from '@slidev/parser/utils'\n`

const STAND_IN_ID = '\0kit-parser-core-client'

/** True for a module of Slidev's client package (in node_modules or linked). */
export function isSlidevClient(importer: string | undefined): boolean {
  return !!importer && /[\\/]@slidev[\\/]client[\\/]/.test(importer)
}

export function yamlFreeClient(): Plugin {
  return {
    name: 'kit-yaml-free-client',
    enforce: 'pre',
    resolveId(id, importer, options) {
      if (id !== PARSER_CORE || options?.ssr || !isSlidevClient(importer))
        return undefined
      return STAND_IN_ID
    },
    load(id) {
      return id === STAND_IN_ID
        ? PARSER_CORE_STAND_IN
        : undefined
    },
  }
}
