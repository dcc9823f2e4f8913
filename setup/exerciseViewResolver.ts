/**
 * Lets slides write an exercise view by its component name (`<SingleChoice id="…" />`): Slidev's component
 * auto-import (unplugin-vue-components) finds it in the type's own folder, `exercises/types/<type>/<Name>.vue`.
 * The view is then part of the slide that uses it, which Slidev loads on demand.
 */
import type { ComponentResolver } from 'unplugin-vue-components'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Component name → file, for every exercise type folder under `typesDir`. */
export function exerciseViewFiles(typesDir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const type of readdirSync(typesDir, { withFileTypes: true })) {
    if (!type.isDirectory())
      continue
    for (const file of readdirSync(join(typesDir, type.name))) {
      if (file.endsWith('.vue'))
        files.set(file.slice(0, -'.vue'.length), join(typesDir, type.name, file))
    }
  }
  return files
}

export function exerciseViewResolver(typesDir: string): ComponentResolver {
  const files = exerciseViewFiles(typesDir)
  return {
    type: 'component',
    resolve: (name: string) => {
      const from = files.get(name)
      return from
        ? { name: 'default', from }
        : undefined
    },
  }
}
