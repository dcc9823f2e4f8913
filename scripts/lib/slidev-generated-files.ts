/**
 * Preloaded into every `slidev build` the kit starts (`NODE_OPTIONS=--import`, see `slidevEnv` in build-deck.ts).
 *
 * Slidev writes small generated modules (`node_modules/.slidev/virtual/import-glob.<hash>.ts`) with a plain
 * `writeFileSync` each time it starts. The kit builds two decks at once, so one build can read such a file while
 * the other is rewriting it, find it empty, and fail with `"default" is not exported by ".../import-glob.<hash>.ts"`.
 * The name is a hash of the content, so a file that is already there already holds the right content: it is left
 * alone, and a new one is written under a temporary name and renamed into place, which readers never see half done.
 * Every other write goes through unchanged.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import process from 'node:process'

/** Slidev's generated import-glob modules, named by a hash of their content. */
export const GENERATED_MODULE = /[\\/]node_modules[\\/]\.slidev[\\/]virtual[\\/]import-glob\.[0-9a-f]+\.ts$/

const plainWrite = fs.writeFileSync

function sameContent(file: string, data: unknown): boolean {
  try {
    return typeof data === 'string' && fs.readFileSync(file, 'utf8') === data
  }
  catch {
    return false
  }
}

function writeGeneratedModule(...args: Parameters<typeof fs.writeFileSync>): void {
  const [file, data, options] = args
  if (typeof file !== 'string' || !GENERATED_MODULE.test(file))
    return plainWrite(...args)
  if (sameContent(file, data))
    return
  const temporary = `${file}.${process.pid}.partial`
  plainWrite(temporary, data, options)
  fs.renameSync(temporary, file)
}

fs.writeFileSync = writeGeneratedModule
// Slidev imports `writeFileSync` by name from node:fs; this updates that binding too.
syncBuiltinESMExports()
