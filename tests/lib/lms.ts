/**
 * Plays the LMS for the SCORM e2e tests: serves the harness page (tests/lms/player.html, hosting
 * scorm-again) at /lms/player.html and a built package's files, straight from its zip, at the deep
 * path /lms/content/42/, the way an LMS serves an imported package.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test'
import type { DeckSpec } from '../../curriculum/decks.ts'
import type { ScormVersion } from '../../scorm/findScormApi.ts'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { expect } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { scormZipName } from '../../scripts/lib/scorm-package.ts'
import { contentTypeOf } from '../../scripts/lib/static-server.ts'

export const CONTENT_PATH = '/lms/content/42/'

/** What the harness logs of each API call the course makes. */
export interface LmsCall {
  name: string
  args: string[]
  result: string
}

export interface LmsFaults {
  /** This many commits answer "false" with an LMS error first. */
  failCommits?: number
  /** This many commits throw first. */
  throwCommits?: number
}

/** The zip that `npm run scorm` wrote for `deck` (under E2E_DIST, like the site under test). */
export function packagePath(deck: DeckSpec, version: ScormVersion): string {
  return join(process.env.E2E_DIST ?? 'dist', 'scorm', scormZipName(deck, version))
}

/** The package's files by path; fails with the command to run when it was not built. */
export function readPackage(deck: DeckSpec, version: ScormVersion): Map<string, Uint8Array> {
  const file = packagePath(deck, version)
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  }
  catch {
    throw new Error(`${file} is missing: run npm run scorm first`)
  }
  return new Map(Object.entries(unzipSync(new Uint8Array(bytes))))
}

export function manifestOf(files: Map<string, Uint8Array>): string {
  const manifest = files.get('imsmanifest.xml')
  if (!manifest)
    throw new Error('the package has no imsmanifest.xml at its root')
  return strFromU8(manifest)
}

const harnessFile = (name: string) => readFileSync(join('tests', 'lms', name))
const scormAgain = (name: string) => readFileSync(join('node_modules', 'scorm-again', 'dist', name))

/** Serves the harness and `files` (the package) on `page`'s own origin, under /lms/. */
export async function serveLms(page: Page, files: Map<string, Uint8Array>): Promise<void> {
  const harness: Record<string, () => Buffer> = {
    '/lms/player.html': () => harnessFile('player.html'),
    '/lms/player.js': () => harnessFile('player.js'),
    '/lms/scorm-again/scorm12.min.js': () => scormAgain('scorm12.min.js'),
    '/lms/scorm-again/scorm2004.min.js': () => scormAgain('scorm2004.min.js'),
  }
  await page.route('**/lms/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname)
    const body = harness[path]?.() ?? (path.startsWith(CONTENT_PATH)
      ? files.get(path.slice(CONTENT_PATH.length))
      : undefined)
    if (!body)
      return route.fulfill({ status: 404, body: `not in the package: ${path}` })
    return route.fulfill({
      status: 200,
      body: Buffer.from(body),
      contentType: contentTypeOf(path),
    })
  })
}

/** Opens the harness page (once) and launches the package with a fresh API loaded with `saved`. */
export async function launchCourse(page: Page, version: ScormVersion, saved?: unknown, faults: LmsFaults = {}): Promise<FrameLocator> {
  if (new URL(page.url()).pathname !== '/lms/player.html')
    await page.goto('/lms/player.html')
  await page.evaluate(([v, s, f]) => (window as any).lms.launch(v, s, f), [version, saved, faults] as const)
  const course = page.frameLocator('#course')
  await expect(visibleSlide(course)).toBeVisible()
  return course
}

/** The slide the course frame shows (Slidev keeps the neighbours in the DOM, hidden). */
export function visibleSlide(course: FrameLocator): Locator {
  return course.locator('.slidev-page').filter({ visible: true }).first()
}

/** Every API call so far. */
export function lmsCalls(page: Page): Promise<LmsCall[]> {
  return page.evaluate(() => (window as any).lms.calls as LmsCall[])
}

/** The run-time data model as the LMS would store it. */
export function lmsCmi(page: Page): Promise<Record<string, any>> {
  return page.evaluate(() => (window as any).lms.cmi() as Record<string, any>)
}

/** Unloads the course, as a learner leaving it. */
export function closeCourse(page: Page): Promise<void> {
  return page.evaluate(() => (window as any).lms.close())
}
