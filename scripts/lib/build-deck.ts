/** Builds one deck into a static, relocatable site (relative base, hash routing from the headmatter). */
import type { DeckSpec } from './decks.ts'
import { checkExerciseData } from './exercise-data.ts'
import { localBin, run } from './run.ts'

export class BuildError extends Error {}

export async function buildDeck(deck: DeckSpec): Promise<void> {
  console.log(`\n▶ Building ${deck.name} (${deck.entry} → ${deck.outDir}/)`)
  const count = await checkExerciseData()
  console.log(`  ${count} exercises valid`)
  const code = await run(localBin('slidev'), [
    'build',
    deck.entry,
    '--out',
    deck.outDir,
    '--base',
    './',
  ])
  if (code !== 0)
    throw new BuildError(`slidev build failed for ${deck.entry} (exit code ${code}); see the Slidev error above.`)
}
