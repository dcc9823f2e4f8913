import type { Plugin } from 'vite'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { textFiles } from '../../scripts/lib/font-subset.ts'
import { isSlidevClientSetup, markFreeBundle, slidesUseMark, VMARK_IMPORT, VMARK_STAND_IN } from './markFreeBundle.ts'

const require = createRequire(import.meta.url)

function resolve(plugin: Plugin, id: string, importer?: string): unknown {
  return (plugin.resolveId as (id: string, importer?: string) => unknown).call({}, id, importer)
}

describe('the v-mark-free bundle', () => {
  it('matches how Slidev\'s client setup installs the directive (fails when an upgrade changes it)', async () => {
    const main = await readFile(join(dirname(require.resolve('@slidev/client/package.json')), 'setup/main.ts'), 'utf8')
    expect(main).toContain(`import { createVMarkDirective } from '${VMARK_IMPORT}'`)
    expect(main).toContain('app.use(createVMarkDirective())')
  })

  it('installs a directive that does nothing, under the same name', () => {
    const directives: Record<string, unknown> = {}
    // eslint-disable-next-line no-new-func
    const module = new Function(`${VMARK_STAND_IN.replace('export function', 'function')}\nreturn createVMarkDirective`)() as () => { install: (app: unknown) => void }
    module().install({
      directive: (name: string, value: unknown) => (directives[name] = value),
    })
    expect(directives).toEqual({ mark: {} })
  })

  it('stands in only when no slide uses v-mark, and only for Slidev\'s client setup', () => {
    const setup = '/work/node_modules/@slidev/client/setup/main.ts'
    expect(resolve(markFreeBundle(false), VMARK_IMPORT, setup)).toMatch(/kit-mark-free/)
    expect(resolve(markFreeBundle(true), VMARK_IMPORT, setup)).toBeUndefined()
    expect(resolve(markFreeBundle(false), VMARK_IMPORT, '/work/components/Foo.vue')).toBeUndefined()
    expect(isSlidevClientSetup('C:\\kit\\node_modules\\@slidev\\client\\setup\\main.ts')).toBe(true)
    expect(slidesUseMark(['# A', '<span v-mark.red="1">要点</span>'])).toBe(true)
    expect(slidesUseMark(['# A', '<span v-click>要点</span>'])).toBe(false)
  })

  it('is safe for the kit: none of its own components uses v-mark', async () => {
    const root = process.cwd()
    const users: string[] = []
    for (const file of (await textFiles(root)).filter(file => file.endsWith('.vue'))) {
      if (slidesUseMark([await readFile(join(root, file), 'utf8')]))
        users.push(file)
    }
    expect(users).toEqual([])
  })
})
