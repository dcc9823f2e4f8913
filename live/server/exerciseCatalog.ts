/**
 * The kit's exercises, loaded in Node from exercises/data/*.ts and validated by the same schema as the
 * app (exercises/schema.ts), so the server and the slides agree on every id, option and answer.
 */
import type { ExerciseData } from '../../exercises/schema.ts'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { validateExerciseFiles } from '../../exercises/schema.ts'

const DATA_DIR = join(import.meta.dirname, '../../exercises/data')

export async function loadExerciseCatalog(dir = DATA_DIR): Promise<Map<string, ExerciseData>> {
  const names = (await readdir(dir)).filter(name => name.endsWith('.ts')).sort()
  const files: Record<string, unknown> = {}
  for (const name of names) {
    const module = await import(pathToFileURL(join(dir, name)).href) as { default?: unknown }
    files[`exercises/data/${name}`] = module.default
  }
  return validateExerciseFiles(files)
}
