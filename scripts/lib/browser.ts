/**
 * The one place that decides which Chromium the kit drives.
 *
 * Used by `playwright.config.ts`, by the PDF exporter and by every `slidev export` call.
 * Order: `CHROMIUM_PATH` → Playwright's own downloaded Chromium → a system browser on PATH.
 * `ensureBrowser()` additionally provisions one when none is found (Playwright download,
 * then Debian's `chromium-headless-shell` or `chromium` package when running as root), and otherwise fails with a
 * message that says exactly what to do.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'

export type BrowserSource = 'CHROMIUM_PATH' | 'playwright' | 'system'

export interface ResolvedBrowser {
  /** Absolute path of the Chromium executable to launch. */
  executablePath: string
  /** Where the path came from, for log lines. */
  source: BrowserSource
}

/**
 * Names of system Chromium builds we accept, in order of preference. Chromium's headless shell first: everything
 * the kit drives is headless (PDFs, tests, benchmark), and the shell draws the same pages with about a third less
 * CPU than the full browser in headless mode (Debian's `chromium-headless-shell` package; Playwright's default).
 */
export const SYSTEM_BROWSER_NAMES = [
  'chromium-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
] as const

/** Flags that keep Chromium from phoning home (no network here) and let it run as root in CI. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Flags for a browser that may only reach this machine: every request goes to a proxy on a loopback port nothing
 * serves (port 1) and fails there at once, with no name to look up, except requests to loopback hosts, which are
 * sent direct. `<-loopback>` drops Chromium's own bypass list, which also sends link-local addresses (169.254/16,
 * fe80::/10) direct. Playwright's `proxy` option is not used: it sends loopback through the proxy too. Unlike
 * Playwright's request routing, this leaves the browser's HTTP cache on, so the pages of one export share the
 * site's scripts and fonts.
 */
export const LOOPBACK_ONLY_ARGS = [
  '--proxy-server=http://127.0.0.1:1',
  '--proxy-bypass-list=<-loopback>;localhost;127.0.0.1/8;[::1]',
]

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super([
      `No Chromium browser found${detail
        ? ` (${detail})`
        : ''}.`,
      'Fix it with one of:',
      '  • set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome build)',
      '  • npx playwright install chromium      (downloads Playwright\'s Chromium; needs internet)',
      '  • sudo apt-get install chromium-headless-shell   (Debian; or the chromium package, on Debian/Ubuntu)',
    ].join('\n'))
    this.name = 'BrowserNotFoundError'
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

/** Finds the first executable called `name` on PATH. */
export function which(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir)
      continue
    const candidate = join(dir, name)
    if (isExecutable(candidate))
      return candidate
  }
  return undefined
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path)
      ? path
      : undefined
  }
  catch {
    return undefined
  }
}

/**
 * Resolves a browser without installing anything.
 * Returns `undefined` when none is available; throws when `CHROMIUM_PATH` points nowhere,
 * because a wrong explicit setting must never be silently replaced by another browser.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): ResolvedBrowser | undefined {
  const explicit = env.CHROMIUM_PATH?.trim()
  if (explicit) {
    if (!isExecutable(explicit))
      throw new BrowserNotFoundError(`CHROMIUM_PATH=${explicit} is not an executable file`)
    return { executablePath: explicit, source: 'CHROMIUM_PATH' }
  }
  const own = playwrightChromium()
  if (own)
    return { executablePath: own, source: 'playwright' }
  for (const name of SYSTEM_BROWSER_NAMES) {
    const found = which(name, env.PATH ?? '')
    if (found)
      return { executablePath: found, source: 'system' }
  }
  return undefined
}

/** Like `findBrowser`, but throws the actionable error instead of returning `undefined`. */
export function requireBrowser(env: NodeJS.ProcessEnv = process.env): ResolvedBrowser {
  const browser = findBrowser(env)
  if (!browser)
    throw new BrowserNotFoundError('looked at CHROMIUM_PATH, Playwright\'s browsers and PATH')
  return browser
}

type Log = (line: string) => void

function run(command: string, args: string[], log: Log, timeoutMs: number): boolean {
  log(`$ ${[command, ...args].join(' ')}`)
  const env = { ...process.env }
  // `.npmrc` skips browser downloads during `npm install`; an explicit install must not be skipped.
  delete env.npm_config_playwright_skip_browser_download
  delete env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD
  const result = spawnSync(command, args, { stdio: 'inherit', env, timeout: timeoutMs })
  return result.status === 0
}

function isDebianRoot(): boolean {
  return process.platform === 'linux'
    && typeof process.getuid === 'function' && process.getuid() === 0
    && existsSync('/etc/debian_version')
    && which('apt-get') !== undefined
}

/** One way of getting a browser onto the machine. */
export interface Provisioner {
  /** What it does, said before it runs. */
  describe: string
  /** Why it cannot run here, or undefined when it can. */
  unavailable: () => string | undefined
  /** Runs it; true when it succeeded. */
  run: (log: Log) => boolean
}

/** The default provisioners, in order: Playwright's download, then Debian's package. */
export const PROVISIONERS: readonly Provisioner[] = [
  {
    describe: 'downloading Playwright\'s Chromium (npx playwright install chromium)',
    unavailable: () => (existsSync(join(process.cwd(), 'node_modules', '.bin', 'playwright'))
      ? undefined
      : 'the playwright CLI is not installed'),
    run: log => run(join(process.cwd(), 'node_modules', '.bin', 'playwright'), ['install', 'chromium'], log, 5 * 60_000),
  },
  {
    describe: 'installing Debian\'s chromium-headless-shell package, or else chromium (apt-get install -y …)',
    unavailable: () => (isDebianRoot()
      ? undefined
      : 'needs Debian/Ubuntu and root'),
    run: log => run('apt-get', ['update'], log, 5 * 60_000)
      && ['chromium-headless-shell', 'chromium'].some(name => run('apt-get', [
        'install',
        '-y',
        '--no-install-recommends',
        name,
      ], log, 10 * 60_000)),
  },
]

export interface EnsureBrowserOptions {
  log?: Log
  find?: () => ResolvedBrowser | undefined
  provisioners?: readonly Provisioner[]
}

/**
 * Resolves a browser, provisioning one when none is found (see `PROVISIONERS`), and says what it does.
 * Throws `BrowserNotFoundError` when every provisioner fails.
 */
export function ensureBrowser(options: EnsureBrowserOptions = {}): ResolvedBrowser {
  const { log = line => console.log(`[browser] ${line}`), find = findBrowser, provisioners = PROVISIONERS } = options
  const found = find()
  if (found)
    return found
  log('No Chromium found. Trying to provision one.')
  for (const [index, provisioner] of provisioners.entries()) {
    const step = `Step ${index + 1}/${provisioners.length}`
    const reason = provisioner.unavailable()
    if (reason) {
      log(`${step} skipped (${provisioner.describe}): ${reason}.`)
      continue
    }
    log(`${step}: ${provisioner.describe}.`)
    if (provisioner.run(log)) {
      const browser = find()
      if (browser) {
        log(`Using ${browser.executablePath}.`)
        return browser
      }
    }
    log(`${step} did not yield a browser.`)
  }
  throw new BrowserNotFoundError('provisioning failed')
}
