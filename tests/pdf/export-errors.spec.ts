import type { Buffer } from 'node:buffer'
import type { AddressInfo } from 'node:net'
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { networkInterfaces, tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { stripVTControlCharacters } from 'node:util'
import { chromium, expect, test } from '@playwright/test'
import { PDF_DIR } from '../../curriculum/decks.ts'
import { CHROMIUM_ARGS, ensureBrowser, LOOPBACK_ONLY_ARGS } from '../../scripts/lib/browser.ts'

test.describe.configure({ mode: 'serial', timeout: 120_000 })

/** Removes what an ad-hoc deck run leaves: its entry file, its site in dist/ and its slides PDFs. */
function removeAdHocDeck(entry: string, name: string): void {
  rmSync(entry, { force: true })
  rmSync(`dist/${name}`, { recursive: true, force: true })
  for (const kind of ['slides', 'slides-steps'])
    rmSync(`${PDF_DIR}/${name}-${kind}.pdf`, { force: true })
}

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
    removeAdHocDeck(entry, name)
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

test('several decks build in one Slidev run, and a deck\'s PDFs start while the next deck builds', () => {
  // Each ad-hoc deck is named after its file.
  const names = ['.test-deck-pipe-a', '.test-deck-pipe-b']
  const entries = names.map(name => `${name}.md`)
  for (const entry of entries)
    copyFileSync('tests/fixtures/plain-deck.md', entry)
  try {
    const result = spawnSync(process.execPath, [
      'scripts/export.ts',
      ...entries.flatMap(entry => ['--entry', entry]),
    ], { encoding: 'utf8' })
    // Slidev's banner is coloured when the runner asks for colours.
    const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`)
    expect(result.status, output).toBe(0)
    // One Slidev run: one banner per deck, in order.
    const banners = [
      ...output.matchAll(/^\s*entry\s+(\S+)$/gm),
    ].map(match => match[1]!)
    expect(banners.map(path => path.split(/[\\/]/).pop())).toEqual(entries)
    // The first deck's PDF starts after the second deck's build has begun and before it ends.
    const firstRender = output.indexOf(`${names[0]}-slides-steps.pdf: rendering`)
    const secondBanner = output.search(new RegExp(`entry\\s+\\S*${entries[1]!.replace(/\./g, '\\.')}`))
    const secondBuilt = output.indexOf('✓ built in', secondBanner)
    expect(firstRender, output).toBeGreaterThan(secondBanner)
    expect(firstRender, output).toBeLessThan(secondBuilt)
    for (const name of names) {
      expect(existsSync(`dist/${name}/index.html`), `${name}'s site`).toBe(true)
      expect(output).toMatch(new RegExp(`✔ \\S*${name}-slides\\.pdf: 2 pages`))
    }
  }
  finally {
    for (const [index, name] of names.entries())
      removeAdHocDeck(entries[index]!, name)
  }
})

test('when the second deck of a run fails to build, the error names that deck, and the first deck\'s site is kept', () => {
  const names = ['.test-deck-fail-a', '.test-deck-fail-b']
  copyFileSync('tests/fixtures/plain-deck.md', `${names[0]}.md`)
  copyFileSync('tests/fixtures/broken-syntax.md', `${names[1]}.md`)
  try {
    const result = spawnSync(process.execPath, [
      'scripts/export.ts',
      ...names.flatMap(name => ['--entry', `${name}.md`]),
    ], { encoding: 'utf8' })
    const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`)
    expect(result.status, output).not.toBe(0)
    expect(output).toContain(`slidev build failed for ${names[1]}.md`)
    expect(output).toContain('✖ Export failed')
    expect(existsSync(`dist/${names[0]}/index.html`), 'the first deck\'s site').toBe(true)
    expect(existsSync(`dist/${names[1]}`), 'nothing of the second deck').toBe(false)
  }
  finally {
    for (const name of names)
      removeAdHocDeck(`${name}.md`, name)
  }
})

test('the exporter\'s browser reaches every loopback address direct, and nothing else, link-local included', async () => {
  const hits: string[] = []
  const server = createServer((request, response) => {
    hits.push(request.url ?? '')
    response.end('ok')
  })
  await new Promise<void>(resolve => server.listen(0, '::', resolve))
  const { port } = server.address() as AddressInfo
  const browser = await chromium.launch({
    executablePath: ensureBrowser().executablePath,
    args: [
      ...CHROMIUM_ARGS,
      ...LOOPBACK_ONLY_ARGS,
    ],
  })
  try {
    const page = await browser.newPage()
    for (const host of [
      '127.0.0.1',
      'localhost',
      '[::1]',
      '127.0.0.2',
    ])
      expect((await page.goto(`http://${host}:${port}/${host}`))?.status(), host).toBe(200)
    expect(hits).toEqual([
      '/127.0.0.1',
      '/localhost',
      '/[::1]',
      '/127.0.0.2',
    ])
    // Chromium's own bypass list would send link-local (169.254/16) direct; here it fails at the proxy, at once.
    for (const url of ['http://169.254.169.254/latest/meta-data', 'http://example.com/', `http://192.0.2.1:${port}/`])
      await expect(page.goto(url, { timeout: 10_000 }), url).rejects.toThrow(/ERR_PROXY_CONNECTION_FAILED/)
  }
  finally {
    await browser.close()
    server.close()
  }
})

/** This machine's first address that is not loopback (the exporter's browser must not reach it). */
function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces()).flat().find(address => address && !address.internal && address.family === 'IPv4')?.address
}

test('a slide that fetches from another host stops the export, naming the address, and the request never leaves', async () => {
  // A server on every interface, asked for through this machine's non-loopback address: a request that got
  // through would reach it. Without such an address, a name that never resolves stands in (only the error is checked).
  const hits: string[] = []
  const server = createServer((request, response) => {
    hits.push(request.url ?? '')
    response.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')
  })
  await new Promise<void>(resolve => server.listen(0, '0.0.0.0', resolve))
  const address = nonLoopbackAddress()
  const url = `http://${address ?? 'kit-test.invalid'}:${(server.address() as AddressInfo).port}/pixel.svg`
  const name = 'test-remote'
  const entry = `.test-deck-${name}.md`
  writeFileSync(entry, readFileSync('tests/fixtures/uncovered-glyph.md', 'utf8').replace('☐', `<img src="${url}" alt="">`))
  try {
    // Asynchronous, so that this process's server can answer if the browser does reach it.
    const child = spawn(process.execPath, [
      'scripts/export.ts',
      '--entry',
      entry,
      '--name',
      name,
    ], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => output += chunk.toString('utf8'))
    child.stderr.on('data', (chunk: Buffer) => output += chunk.toString('utf8'))
    const status = await new Promise<number | null>(resolve => child.on('close', resolve))
    expect(status, output).not.toBe(0)
    expect(output).toContain(`request to a non-loopback host: ${url}`)
    expect(existsSync(`${PDF_DIR}/${name}-slides.pdf`)).toBe(false)
    if (address)
      expect(hits, 'requests that reached the other host').toEqual([])
  }
  finally {
    server.close()
    removeAdHocDeck(entry, name)
  }
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
