import type { DeckSpec } from '../../curriculum/decks.ts'
/**
 * SCORM packages of one deck: the site built without a service worker (an LMS serves it from a deep,
 * unknown path, often in a frame, where a worker would only get in the way), with a relative base and
 * hash routing, plus `imsmanifest.xml` and the XML schemas it names (scripts/lib/scorm-schemas.ts), zipped once
 * per SCORM version:
 * `dist/scorm/<deck>-scorm12.zip` and `dist/scorm/<deck>-scorm2004.zip`.
 *
 * The zips are reproducible (sorted entries, fixed timestamps) and written atomically.
 */
import type { ScormVersion } from '../../scorm/findScormApi.ts'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { SCORM_DIR } from '../../curriculum/decks.ts'
import { buildSite, SCRATCH } from './build-deck.ts'
import { scormManifest } from './scorm-manifest.ts'
import { schemaFiles } from './scorm-schemas.ts'

export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004']

export const LAUNCH_FILE = 'index.html'

/** Files that would register or belong to a service worker: never inside a package. */
const SERVICE_WORKER_FILE = /^(?:sw\.js|registerSW\.js|manifest\.webmanifest|workbox-[^/]*\.js)$/

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

/** The site's files that go into the package; throws when a service worker slipped into the build. */
export function packageFiles(siteFiles: readonly string[]): string[] {
  const worker = siteFiles.filter(file => SERVICE_WORKER_FILE.test(file))
  if (worker.length)
    throw new ScormPackageError(`the SCORM build contains service worker files (${worker.join(', ')}): setup/vite-plugins.ts must leave the worker out when KIT_PWA=off`)
  if (!siteFiles.includes(LAUNCH_FILE))
    throw new ScormPackageError(`the build has no ${LAUNCH_FILE} to launch`)
  return siteFiles.filter(file => !LEFT_OUT.has(file) && file !== 'imsmanifest.xml')
}

/** A zip of `files` (read from `root`) plus the manifest and the `schemas` (by file name) at the root. */
export async function zipPackage(root: string, files: readonly string[], manifest: string, schemas: ReadonlyMap<string, Uint8Array> = new Map()): Promise<Uint8Array> {
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
      new Uint8Array(await readFile(join(root, file))),
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

/** Builds `deck` without a service worker and writes one zip per SCORM version; returns their paths. */
export async function packageScorm(deck: DeckSpec): Promise<string[]> {
  console.log(`\n▶ SCORM packages of ${deck.name} (${deck.entry} → ${SCORM_DIR}/)`)
  const site = join(SCRATCH, `scorm-${deck.name}`)
  try {
    const { title } = await buildSite(deck, site, { serviceWorker: false })
    const files = packageFiles(await listFiles(site))
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
      await writeAtomically(file, await zipPackage(site, files, manifest, await schemaFiles(version)))
      written.push(file)
    }
    return written
  }
  finally {
    await rm(site, { recursive: true, force: true })
  }
}
