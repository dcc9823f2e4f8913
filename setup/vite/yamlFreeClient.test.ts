import type { Plugin } from 'vite'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import * as utils from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { CLIENT_PARSER_IMPORTS, isSlidevClient, PARSER_CORE, PARSER_CORE_STAND_IN, yamlFreeClient } from './yamlFreeClient.ts'

const require = createRequire(import.meta.url)

/** Every name Slidev's client source imports from `@slidev/parser/core`. */
async function clientImportsOfParserCore(): Promise<string[]> {
  const root = dirname(require.resolve('@slidev/client/package.json'))
  const names: string[] = []
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(?:ts|vue|js|mjs)$/.test(entry.name) || relative(root, entry.parentPath).split(/[\\/]/).includes('node_modules'))
      continue
    const source = await readFile(join(entry.parentPath, entry.name), 'utf8')
    for (const [, list] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@slidev\/parser\/core['"]/g))
      names.push(...list!.split(',').map(name => name.trim().replace(/^type\s+/, '')).filter(Boolean))
    if (/import\s+(?:\*|\w+)\s*(?:as\s+\w+\s*)?from\s*['"]@slidev\/parser\/core['"]/.test(source))
      names.push(`* in ${entry.name}`)
  }
  return [
    ...new Set(names),
  ].sort()
}

function resolve(plugin: Plugin, id: string, importer?: string, ssr = false): unknown {
  const hook = plugin.resolveId as (id: string, importer?: string, options?: { ssr?: boolean }) => unknown
  return hook.call({}, id, importer, { ssr })
}

describe('the YAML-free client', () => {
  it('covers everything Slidev\'s client imports from @slidev/parser/core (fails when an upgrade adds one)', async () => {
    expect(await clientImportsOfParserCore()).toEqual([...CLIENT_PARSER_IMPORTS].sort())
  })

  it('re-exports each of those from @slidev/parser/utils, where they are defined', () => {
    for (const name of CLIENT_PARSER_IMPORTS)
      expect(typeof (utils as Record<string, unknown>)[name], name).toBe('function')
    expect(PARSER_CORE_STAND_IN).toBe(`export { parseRangeString } from '@slidev/parser/utils'\n`)
  })

  it('replaces the import for Slidev\'s client in the browser only', () => {
    const plugin = yamlFreeClient()
    const client = '/work/node_modules/@slidev/client/logic/utils.ts'
    expect(resolve(plugin, PARSER_CORE, client)).toMatch(/kit-parser-core-client/)
    expect(resolve(plugin, PARSER_CORE, client, true)).toBeUndefined()
    expect(resolve(plugin, PARSER_CORE, '/work/setup/vite-plugins.ts')).toBeUndefined()
    expect(resolve(plugin, 'yaml', client)).toBeUndefined()
    expect(isSlidevClient('C:\\kit\\node_modules\\@slidev\\client\\logic\\utils.ts')).toBe(true)
    expect(isSlidevClient(undefined)).toBe(false)
  })
})
