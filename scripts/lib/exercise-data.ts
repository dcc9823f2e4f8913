/** Validates every file in exercises/data/ before a build, so bad data fails the build with a clear message. */
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { validateExerciseFiles } from '../../exercises/schema.ts'

export const EXERCISE_DATA_DIR = 'exercises/data'

export async function loadExerciseFiles(dir = EXERCISE_DATA_DIR): Promise<Record<string, unknown>> {
  const files = (await readdir(dir)).filter(name => name.endsWith('.ts')).sort()
  const entries = await Promise.all(files.map(async (name) => {
    const module = await import(pathToFileURL(resolve(dir, name)).href) as { default?: unknown }
    return [
      join(dir, name),
      module.default,
    ] as const
  }))
  return Object.fromEntries(entries)
}

export async function checkExerciseData(dir = EXERCISE_DATA_DIR): Promise<number> {
  return validateExerciseFiles(await loadExerciseFiles(dir)).size
}
