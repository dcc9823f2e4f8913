import type { DeckSpec } from '../../curriculum/decks.ts'
/**
 * Builds one deck into a static, relocatable site (relative base, hash routing from the headmatter).
 * Slidev (Vite) empties its output folder, and the workshop's site is the root of dist/, which also
 * holds the other decks and the PDFs. So each deck is built into a scratch folder first and then
 * moved into place, leaving the other decks' folders and dist/pdf/ untouched.
 */
import type { DeckInfo } from './deck-info.ts'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { DECKS, PDF_DIR, SCORM_DIR } from '../../curriculum/decks.ts'
import { readDeck } from './deck-info.ts'
import { checkExerciseData } from './exercise-data.ts'
import { localBin, run } from './run.ts'

export class BuildError extends Error {}

/** Scratch folder for builds before they are moved into place. */
export const SCRATCH = '.build'

/** Top-level names inside the deck's `outDir` that belong to other outputs (nested decks, PDFs, SCORM packages). */
export function otherOutputNames(deck: DeckSpec): Set<string> {
  const others = [
    ...DECKS.map(d => d.outDir),
    PDF_DIR,
    SCORM_DIR,
  ]
  const kept = new Set<string>()
  for (const path of others) {
    const inside = relative(resolve(deck.outDir), resolve(path))
    if (inside && !inside.startsWith('..'))
      kept.add(inside.split(/[\\/]/)[0]!)
  }
  return kept
}

async function moveIntoPlace(built: string, deck: DeckSpec): Promise<void> {
  const kept = otherOutputNames(deck)
  await mkdir(deck.outDir, { recursive: true })
  for (const name of await readdir(deck.outDir)) {
    if (!kept.has(name))
      await rm(join(deck.outDir, name), { recursive: true, force: true })
  }
  for (const name of await readdir(built))
    await rename(join(built, name), join(deck.outDir, name))
}

/**
 * The environment of a `slidev build` the kit starts: its own, with Slidev's generated modules written safely for
 * builds running side by side (slidev-generated-files.ts), and `extra` on top.
 */
export function slidevEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const preload = `--import=${pathToFileURL(resolve(import.meta.dirname, 'slidev-generated-files.ts')).href}`
  return {
    ...process.env,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' '),
    ...extra,
  }
}

export interface SiteBuildOptions {
  /** Leave out the offline service worker (setup/vite-plugins.ts honours `KIT_PWA=off`), e.g. for the benchmark's synthetic deck. */
  serviceWorker?: boolean
}

/**
 * Checks the deck's source and exercise data, then runs `slidev build` into `outDir` (emptied) with a
 * relative base, so the site runs from any path. Returns the deck as read.
 */
export async function buildSite(deck: DeckSpec, outDir: string, options: SiteBuildOptions = {}): Promise<DeckInfo> {
  const info = await readDeck(deck.entry)
  const count = await checkExerciseData()
  console.log(`  ${info.slides.length} slides, ${count} exercises valid`)
  await rm(outDir, { recursive: true, force: true })
  const code = await run(localBin('slidev'), [
    'build',
    deck.entry,
    '--out',
    outDir,
    '--base',
    './',
  ], {
    env: slidevEnv(options.serviceWorker === false
      ? { KIT_PWA: 'off' }
      : {}),
  })
  if (code !== 0)
    throw new BuildError(`slidev build failed for ${deck.entry} (exit code ${code}); see the Slidev error above.`)
  return info
}

export async function buildDeck(deck: DeckSpec): Promise<void> {
  console.log(`\n▶ Building ${deck.name} (${deck.entry} → ${deck.outDir}/)`)
  const scratch = join(SCRATCH, deck.name)
  try {
    await buildSite(deck, scratch)
    await moveIntoPlace(scratch, deck)
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * Builds every deck in `decks` at once (each `slidev build` is a process of its own, largely single-threaded:
 * two at a time keep both cores of the machines busy), each into its own scratch folder and then into place.
 * Their logs interleave; a failure of any is rethrown once all have ended.
 */
export async function buildDecks(decks: readonly DeckSpec[]): Promise<void> {
  const results = await Promise.allSettled(decks.map(deck => buildDeck(deck)))
  const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (failures.length)
    throw failures[0]!.reason
}
