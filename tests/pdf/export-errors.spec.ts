import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { PDF_DIR } from '../../curriculum/decks.ts'

test.describe.configure({ mode: 'serial', timeout: 120_000 })

/** Runs the exporter on a fixture deck copied to the project root (Slidev's root is the entry's folder). */
function exportFixture(fixture: string, name: string, extra: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  const entry = `.test-deck-${name}.md`
  copyFileSync(`tests/fixtures/${fixture}`, entry)
  try {
    const result = spawnSync(process.execPath, [
      'scripts/export.ts',
      '--entry',
      entry,
      '--name',
      name,
      ...extra,
    ], { encoding: 'utf8', env })
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, pdf: `${PDF_DIR}/${name}-slides.pdf` }
  }
  finally {
    rmSync(entry, { force: true })
    rmSync(`dist/${name}`, { recursive: true, force: true })
  }
}

test('a deck with a syntax error fails with Slidev\'s error and leaves no PDF', () => {
  const result = exportFixture('broken-syntax.md', 'test-broken')
  expect(result.status).not.toBe(0)
  expect(result.output).toMatch(/slidev build failed/)
  expect(result.output).toMatch(/Element is missing end tag|Attribute name cannot contain|Invalid end tag|missing end tag/i)
  expect(existsSync(result.pdf)).toBe(false)
  expect(existsSync(`${result.pdf}.partial`)).toBe(false)
})

test('a slide that never finishes rendering times out, naming the slide, and leaves no PDF', () => {
  const result = exportFixture('never-ready.md', 'test-pending', ['--timeout', '3000'])
  expect(result.status).not.toBe(0)
  expect(result.output).toContain('Export timed out after 3000 ms: slide 2 of 2 ("第二页永远渲染不完")')
  expect(existsSync(result.pdf)).toBe(false)
  expect(existsSync(`${result.pdf}.partial`)).toBe(false)
})

test('a character no embedded font covers stops the export, naming the character, and leaves no PDF', () => {
  const result = exportFixture('uncovered-glyph.md', 'test-glyph')
  expect(result.status).not.toBe(0)
  expect(result.output).toContain('No embedded font covers these characters: "☐" U+2610')
  expect(existsSync(result.pdf)).toBe(false)
  expect(existsSync(`${result.pdf}.partial`)).toBe(false)
})

/**
 * A copy of the kit's sources in a scratch folder (node_modules linked, outputs left out), for a test that must
 * change them: the browser tests running beside it read exercises/data/ too.
 */
function copyOfSources(): string {
  const copy = mkdtempSync(join(tmpdir(), 'kit-sources-'))
  const skipped = new Set([
    'node_modules',
    'dist',
    '.git',
    '.build',
    'reports',
    'test-results',
  ])
  cpSync('.', copy, {
    recursive: true,
    filter: source => !skipped.has(relative('.', source).split(sep)[0]!),
  })
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir')
  return copy
}

test('invalid exercise data fails the build with a message naming file, exercise and field', () => {
  const copy = copyOfSources()
  try {
    copyFileSync('tests/fixtures/zz-test-broken-data.ts', join(copy, 'exercises/data/zz-test-broken-data.ts'))
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--deck', 'briefing'], { cwd: copy, encoding: 'utf8' })
    expect(result.status).not.toBe(0)
    expect(`${result.stdout}\n${result.stderr}`).toContain('exercises/data/zz-test-broken-data.ts › exercise "broken-fixture-1" › options: no option is marked correct: true')
    expect(existsSync(join(copy, 'dist', 'briefing')), 'nothing built').toBe(false)
  }
  finally {
    rmSync(copy, { recursive: true, force: true })
  }
})

test('no browser: export stops with the fixes to try and a non-zero exit', () => {
  const result = spawnSync(process.execPath, ['scripts/export.ts', '--skip-build'], {
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
  })
  expect(result.status).not.toBe(0)
  const output = `${result.stdout}\n${result.stderr}`
  expect(output).toContain('No Chromium browser found')
  expect(output).toContain('CHROMIUM_PATH')
  expect(output).toContain('npx playwright install chromium')
  expect(output).toContain('apt-get install chromium')
})
