import type { Provisioner } from './browser.ts'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, ensureBrowser, findBrowser } from './browser.ts'

function fakeBrowserDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-browser-'))
  const file = join(dir, name)
  writeFileSync(file, '#!/bin/sh\n')
  chmodSync(file, 0o755)
  return dir
}

describe('browser resolver', () => {
  it('prefers CHROMIUM_PATH', () => {
    const dir = fakeBrowserDir('my-chrome')
    expect(findBrowser({
      CHROMIUM_PATH: join(dir, 'my-chrome'),
      PATH: '',
    })).toEqual({
      executablePath: join(dir, 'my-chrome'),
      source: 'CHROMIUM_PATH',
    })
  })

  it('refuses a CHROMIUM_PATH that is not executable, naming every fix', () => {
    expect(() => findBrowser({ CHROMIUM_PATH: '/nonexistent/chrome', PATH: '' })).toThrowError(BrowserNotFoundError)
    try {
      findBrowser({ CHROMIUM_PATH: '/nonexistent/chrome', PATH: '' })
    }
    catch (error) {
      const message = (error as Error).message
      expect(message).toContain('CHROMIUM_PATH=/nonexistent/chrome')
      expect(message).toContain('npx playwright install chromium')
      expect(message).toContain('apt-get install chromium')
    }
  })

  it('finds a system browser on PATH when nothing else is configured', () => {
    const dir = fakeBrowserDir('chromium-browser')
    const found = findBrowser({ PATH: dir })
    // Playwright's own Chromium wins when it is installed on this machine.
    expect(found?.source === 'playwright' || found?.executablePath === join(dir, 'chromium-browser')).toBe(true)
  })

  it('prefers Chromium\'s headless shell to the full browser when both are on PATH', () => {
    const full = fakeBrowserDir('chromium')
    const shell = fakeBrowserDir('chromium-headless-shell')
    const found = findBrowser({
      PATH: [full, shell].join(delimiter),
    })
    expect(found?.source === 'playwright' || found?.executablePath === join(shell, 'chromium-headless-shell')).toBe(true)
  })

  it('tries each provisioner in order and says what it does', () => {
    const lines: string[] = []
    let installed = false
    const provisioners: Provisioner[] = [
      {
        describe: 'first way',
        unavailable: () => undefined,
        run: () => false,
      },
      {
        describe: 'second way',
        unavailable: () => 'not here',
        run: () => true,
      },
      {
        describe: 'third way',
        unavailable: () => undefined,
        run: () => (installed = true),
      },
    ]
    const browser = ensureBrowser({
      log: line => lines.push(line),
      find: () => (installed
        ? { executablePath: '/usr/bin/chromium', source: 'system' }
        : undefined),
      provisioners,
    })
    expect(browser.executablePath).toBe('/usr/bin/chromium')
    expect(lines).toEqual([
      'No Chromium found. Trying to provision one.',
      'Step 1/3: first way.',
      'Step 1/3 did not yield a browser.',
      'Step 2/3 skipped (second way): not here.',
      'Step 3/3: third way.',
      'Using /usr/bin/chromium.',
    ])
  })

  it('fails with the actionable message when provisioning fails', () => {
    expect(() => ensureBrowser({
      log: () => {},
      find: () => undefined,
      provisioners: [
        {
          describe: 'x',
          unavailable: () => undefined,
          run: () => false,
        },
      ],
    }))
      .toThrowError(/npx playwright install chromium[\s\S]*apt-get install chromium/)
  })
})
