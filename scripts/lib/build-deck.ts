import type { DeckSpec } from '../../curriculum/decks.ts'
/**
 * Builds one deck into a static, relocatable site (relative base, hash routing from the headmatter).
 * Slidev (Vite) empties its output folder, and the workshop's site is the root of dist/, which also
 * holds the other decks and the PDFs. So each deck is built into a scratch folder first and then
 * moved into place, leaving the other decks' folders and dist/pdf/ untouched.
 */
import type { DeckInfo } from './deck-info.ts'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { DECKS, PDF_DIR, SCORM_DIR } from '../../curriculum/decks.ts'
import { readDeck } from './deck-info.ts'
import { checkExerciseData } from './exercise-data.ts'
import { localBin, runWatched } from './run.ts'

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

/** The deck file a line of Slidev's banner names (`  entry       /path/to/deck.md`), printed as each build starts. */
export function bannerEntry(line: string): string | undefined {
  const match = /^\s*entry\s+(\S.*\.md)\s*$/.exec(line)
  return match
    ? resolve(match[1]!)
    : undefined
}

/** Where `slidev build` puts each entry's site for `--out out`: `out` for one entry, else `out/<file name>`. */
export function slidevOutDirs(entries: readonly string[], out: string): string[] {
  const names = entries.map(entry => basename(entry, '.md'))
  const repeated = names.find((name, index) => names.indexOf(name) !== index)
  if (repeated)
    throw new BuildError(`Two decks share the file name "${repeated}.md"; slidev build would write both into ${join(out, repeated)}/.`)
  return entries.length === 1
    ? [out]
    : names.map(name => join(out, name))
}

/**
 * One `slidev build` of every deck in `decks` into `out` (emptied) with a relative base, so each site runs from any
 * path, after checking the decks' sources and the exercise data. Slidev builds the entries one after another in
 * one process; `onBuilt(index, folder)` is called as soon as one is complete, when Slidev starts the next (its banner
 * names the next deck's file), or when the process ends. Returns the decks as read.
 */
async function slidevBuild(decks: readonly DeckSpec[], out: string, options: SiteBuildOptions & { onBuilt?: (index: number, folder: string, info: DeckInfo) => void } = {}): Promise<DeckInfo[]> {
  const infos = await Promise.all(decks.map(deck => readDeck(deck.entry)))
  const count = await checkExerciseData()
  decks.forEach((deck, index) => console.log(`  ${deck.name}: ${infos[index]!.slides.length} slides`))
  console.log(`  ${count} exercises valid`)
  // Absolute: Slidev resolves a relative --out against the first deck's folder.
  const folders = slidevOutDirs(decks.map(deck => deck.entry), resolve(out))
  const entries = decks.map(deck => resolve(deck.entry))
  await rm(out, { recursive: true, force: true })
  let current = 0
  const built = (index: number) => options.onBuilt?.(index, folders[index]!, infos[index]!)
  const code = await runWatched(localBin('slidev'), [
    'build',
    ...decks.map(deck => deck.entry),
    '--out',
    resolve(out),
    '--base',
    './',
  ], (line) => {
    const started = entries.indexOf(bannerEntry(line) ?? '')
    while (current < started)
      built(current++)
  }, {
    env: slidevEnv(options.serviceWorker === false
      ? { KIT_PWA: 'off' }
      : {}),
  })
  if (code !== 0) {
    // Slidev writes _redirects last: when the deck in hand has it, the next deck failed before its banner.
    const failed = current + 1 < decks.length && existsSync(join(folders[current]!, '_redirects'))
      ? current + 1
      : current
    throw new BuildError(`slidev build failed for ${decks[failed]!.entry} (${code >= 128
      ? `stopped by a signal, exit code ${code}`
      : `exit code ${code}`}); see the Slidev error above.`)
  }
  while (current < decks.length)
    built(current++)
  return infos
}

/** Builds `deck` alone into `outDir` (emptied); returns the deck as read. */
export async function buildSite(deck: DeckSpec, outDir: string, options: SiteBuildOptions = {}): Promise<DeckInfo> {
  const [info] = await slidevBuild([deck], outDir, options)
  return info!
}

export interface BuildDecksOptions {
  /** Called as soon as a deck's site is in place (the next deck may still be building), e.g. to start its PDFs. */
  onBuilt?: (deck: DeckSpec, info: DeckInfo) => void
}

/**
 * Builds every deck in `decks` with one `slidev build` of all their files: Slidev builds them one after another
 * in one process, and every build after the first reuses the loaded modules and compiled code (the two decks
 * cost about a quarter less CPU than a process each, and take no longer on two cores). Each site is built
 * into a scratch folder and moved into place as soon as it is complete, leaving the other decks' folders,
 * dist/pdf/ and dist/scorm/ alone; returns the decks as read.
 */
export async function buildDecks(decks: readonly DeckSpec[], options: BuildDecksOptions = {}): Promise<DeckInfo[]> {
  for (const deck of decks)
    console.log(`\n▶ Building ${deck.name} (${deck.entry} → ${deck.outDir}/)`)
  const scratch = join(SCRATCH, 'sites')
  // One move at a time, in the decks' order (the workshop's site is dist/ itself, the others are inside it). A move
  // that fails (a full disk, a locked folder) is reported once Slidev has ended, and no deck after it is handed over.
  let placed: Promise<void> = Promise.resolve()
  let moveFailed: { deck: DeckSpec, error: Error } | undefined
  try {
    const infos = await slidevBuild(decks, scratch, {
      onBuilt: (index, folder, info) => {
        const deck = decks[index]!
        placed = placed.then(async () => {
          if (moveFailed)
            return
          try {
            await moveIntoPlace(folder, deck)
          }
          catch (error) {
            moveFailed = { deck, error: error as Error }
            return
          }
          options.onBuilt?.(deck, info)
        })
      },
    })
    await placed
    if (moveFailed)
      throw new BuildError(`${moveFailed.deck.name} was built but could not be moved into ${moveFailed.deck.outDir}/: ${moveFailed.error.message}`)
    return infos
  }
  finally {
    // A move never rejects, but a caller's onBuilt may throw: the scratch folder goes either way.
    await placed.catch(() => {})
    await rm(scratch, { recursive: true, force: true })
  }
}
