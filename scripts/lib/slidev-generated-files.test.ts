import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterEach, describe, expect, it } from 'vitest'
import { slidevEnv } from './build-deck.ts'

let root: string | undefined

afterEach(() => {
  if (root)
    rmSync(root, { recursive: true, force: true })
})

/** Runs `code` (ES module) in a Node started with the environment the kit gives `slidev build`. */
function runWithPreload(code: string): void {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    env: slidevEnv(),
    encoding: 'utf8',
  })
  expect(result.status, result.stderr).toBe(0)
}

describe('slidev build\'s generated modules', () => {
  it('are written whole under a temporary name, and left alone when already there', () => {
    root = mkdtempSync(join(tmpdir(), 'kit-generated-'))
    const virtual = join(root, 'node_modules', '.slidev', 'virtual')
    mkdirSync(virtual, { recursive: true })
    const generated = join(virtual, 'import-glob.0123abcdef.ts')
    const other = join(root, 'other.ts')
    writeFileSync(generated, 'export default 1\n')
    writeFileSync(other, 'old')
    const before = statSync(generated)
    // As Slidev does it: writeFileSync imported by name.
    runWithPreload(`import { writeFileSync } from 'node:fs'
      writeFileSync(${JSON.stringify(generated)}, 'export default 1\\n', 'utf-8')
      writeFileSync(${JSON.stringify(join(virtual, 'import-glob.fedcba3210.ts'))}, 'export default 2\\n', 'utf-8')
      writeFileSync(${JSON.stringify(other)}, 'new')`)
    expect(statSync(generated).mtimeMs).toBe(before.mtimeMs)
    expect(statSync(generated).ino).toBe(before.ino)
    expect(readFileSync(join(virtual, 'import-glob.fedcba3210.ts'), 'utf8')).toBe('export default 2\n')
    expect(readdirSync(virtual).sort()).toEqual(['import-glob.0123abcdef.ts', 'import-glob.fedcba3210.ts'])
    expect(readFileSync(other, 'utf8')).toBe('new')
  })

  it('keep NODE_OPTIONS the build was started with', () => {
    const env = slidevEnv({ KIT_PWA: 'off' })
    expect(env.KIT_PWA).toBe('off')
    expect(env.NODE_OPTIONS).toMatch(/--import=file:\/\/\S+slidev-generated-files\.ts/)
  })
})
