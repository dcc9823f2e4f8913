import type { DeckSpec } from '../../curriculum/decks.ts'
/**
 * SCORM packages of one deck: its built site without the offline service worker (an LMS serves the
 * package from a deep, unknown path, often in a frame, where a worker would only get in the way), with a
 * relative base and hash routing, plus `imsmanifest.xml` and the XML schemas it names
 * (scripts/lib/scorm-schemas.ts), zipped once per SCORM version:
 * `dist/scorm/<deck>-scorm12.zip` and `dist/scorm/<deck>-scorm2004.zip`.
 *
 * A package is made from the site as built for the web, not from a build of its own: the worker only adds
 * files (sw.js, registerSW.js, manifest.webmanifest; workbox-*.js too, with vite-plugin-pwa's generateSW) and two
 * tags in each HTML page (the manifest link and the register script); every other file is byte for byte what a
 * build without the worker writes. So the worker's files are left out and its tags taken out of the pages, and a trace of the worker
 * left in a page stops the packaging.
 *
 * The zips are reproducible (sorted entries, fixed timestamps) and written atomically.
 */
import type { ScormVersion } from '../../scorm/findScormApi.ts'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { SCORM_DIR } from '../../curriculum/decks.ts'
import { buildSite, otherOutputNames, SCRATCH } from './build-deck.ts'
import { readDeck } from './deck-info.ts'
import { scormManifest } from './scorm-manifest.ts'
import { schemaFiles } from './scorm-schemas.ts'

export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004']

export const LAUNCH_FILE = 'index.html'

/** Files that register or belong to the service worker (vite-plugin-pwa's): never inside a package. */
const SERVICE_WORKER_FILE = /^(?:sw\.js|registerSW\.js|manifest\.webmanifest|workbox-[^/]*\.js)$/

/** The tags vite-plugin-pwa writes into each page (setup/vite-plugins.ts, `injectRegister: 'script-defer'`). */
const WORKER_TAGS = [
  /<link rel="manifest" href="[^"]*">/g,
  /<script id="vite-plugin-pwa:register-sw"[^>]*><\/script>/g,
]

/** What would still tie a page to the worker once its tags are out. */
const WORKER_TRACE = /registerSW|manifest\.webmanifest|serviceWorker|\bsw\.js/

/** Hosting-provider files from Slidev's build that mean nothing to an LMS. */
const LEFT_OUT = new Set(['_redirects'])

/** Timestamp of every zip entry, so the same site gives the same bytes. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z')

export class ScormPackageError extends Error {}

export function scormZipName(deck: DeckSpec, version: ScormVersion): string {
  return `${deck.name}-scorm${version.replace('.', '')}.zip`
}

/** Every file below `root`, relative and `/`-separated, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter(entry => entry.isFile())
    .map(entry => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** The site's files that go into the package: not the worker's, not hosting files, not an old manifest. */
export function packageFiles(siteFiles: readonly string[]): string[] {
  if (!siteFiles.includes(LAUNCH_FILE))
    throw new ScormPackageError(`the build has no ${LAUNCH_FILE} to launch`)
  return siteFiles.filter(file => !SERVICE_WORKER_FILE.test(file) && !LEFT_OUT.has(file) && file !== 'imsmanifest.xml')
}

/** The page `html` (the site's `file`) without the worker's tags; throws when a trace of the worker is left. */
export function withoutWorker(html: string, file: string): string {
  let page = html
  for (const tag of WORKER_TAGS)
    page = page.replace(tag, '')
  const trace = page.match(WORKER_TRACE)
  if (trace)
    throw new ScormPackageError(`${file} still refers to the service worker ("${trace[0]}") once its tags are out: vite-plugin-pwa writes other tags now; update WORKER_TAGS in scripts/lib/scorm-package.ts`)
  return page
}

/**
 * A zip of `files` (read from `root`, or taken from `replaced` by name) plus the manifest and the `schemas`
 * (by file name) at the root.
 */
export async function zipPackage(root: string, files: readonly string[], manifest: string, schemas: ReadonlyMap<string, Uint8Array> = new Map(), replaced: ReadonlyMap<string, Uint8Array> = new Map()): Promise<Uint8Array> {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    'imsmanifest.xml': [
      strToU8(manifest),
      { mtime: ZIP_TIME },
    ],
  }
  for (const [name, bytes] of schemas) {
    if (files.includes(name))
      throw new ScormPackageError(`the site has a file named like a SCORM schema: ${name}`)
    entries[name] = [
      bytes,
      { mtime: ZIP_TIME },
    ]
  }
  for (const file of files) {
    entries[file] = [
      replaced.get(file) ?? new Uint8Array(await readFile(join(root, file))),
      { mtime: ZIP_TIME },
    ]
  }
  return zipSync(entries, { level: 9 })
}

async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.partial`
  await writeFile(partial, bytes)
  await rename(partial, file)
}

/**
 * Packages the site of `deck` already built in `site` (its `outDir` by default; the other outputs nested in
 * it, such as dist/briefing/ or dist/pdf/, are left out) and writes one zip per SCORM version; returns their paths.
 */
export async function packageBuiltSite(deck: DeckSpec, site: string = deck.outDir): Promise<string[]> {
  console.log(`\n▶ SCORM packages of ${deck.name} (${site}/ → ${SCORM_DIR}/)`)
  const others = otherOutputNames(deck)
  const files = packageFiles((await listFiles(site)).filter(file => !others.has(file.split('/')[0]!)))
  const pages = new Map<string, Uint8Array>()
  for (const file of files.filter(name => name.endsWith('.html')))
    pages.set(file, strToU8(withoutWorker(await readFile(join(site, file), 'utf8'), file)))
  const { title } = await readDeck(deck.entry)
  await mkdir(SCORM_DIR, { recursive: true })
  const written: string[] = []
  for (const version of SCORM_VERSIONS) {
    const manifest = scormManifest({
      version,
      identifier: `qzgz-kit-${deck.name}-scorm${version.replace('.', '')}`,
      title,
      launch: LAUNCH_FILE,
      files,
    })
    const file = join(SCORM_DIR, scormZipName(deck, version))
    await writeAtomically(file, await zipPackage(site, files, manifest, await schemaFiles(version), pages))
    written.push(file)
  }
  return written
}

/** Builds `deck` into a scratch folder (dist/ is left as it is) and packages that build. */
export async function packageScorm(deck: DeckSpec): Promise<string[]> {
  const site = join(SCRATCH, `scorm-${deck.name}`)
  try {
    console.log(`\n▶ Building ${deck.name} for its SCORM packages (${deck.entry} → ${site}/)`)
    await buildSite(deck, site)
    return await packageBuiltSite(deck, site)
  }
  finally {
    await rm(site, { recursive: true, force: true })
  }
}
