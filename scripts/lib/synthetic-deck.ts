/**
 * A synthetic deck `times` as long as a real one, for the benchmark's export scaling figure: the entry's
 * own text (headmatter and first slide included) followed by every later slide of the entry repeated
 * `times - 1` more times, each repeat with the same `src:` imports. Exercise ids stay valid (they are
 * the same exercises, shown again). Written beside the real entry, since Slidev resolves the kit's
 * components, layouts and setup from the entry's folder; the caller removes it.
 */
import type { DeckSpec } from '../../curriculum/decks.ts'
import { readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export async function writeSyntheticDeck(deck: DeckSpec, times: number, name = `${deck.name}-x${times}`): Promise<DeckSpec> {
  const file = resolve(deck.entry)
  const root = dirname(file)
  const data = await load({
    roots: [root],
    userRoot: root,
  }, file)
  const source = await readFile(file, 'utf8')
  const later = data.entry.slides.slice(1).map(slide => slide.raw.trim())
  if (!later.length)
    throw new Error(`${deck.entry} has a single slide: nothing to repeat.`)
  const repeats = Array.from({ length: times - 1 }, () => later.map(raw => raw.startsWith('---')
    ? raw
    : `---\n\n${raw}`).join('\n\n'))
  const entry = join(dirname(deck.entry), `.${name}.${basename(deck.entry)}`)
  await writeFile(entry, `${source.trimEnd()}\n\n${repeats.join('\n\n')}\n`)
  return {
    name,
    entry,
    outDir: join('dist', name),
  }
}
