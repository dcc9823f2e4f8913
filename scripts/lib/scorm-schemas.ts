/**
 * The official XML schemas a SCORM manifest names in its `xsi:schemaLocation`, shipped at the root of every
 * package (ADL's content packages do the same, and LMS import checks look for them). The files are ADL's and
 * IMS's, copied unchanged into scorm/schemas/ (see scorm/schemas/README.md for where they come from).
 */
import type { ScormVersion } from '../../scorm/findScormApi.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

export const SCHEMA_DIRS: Record<ScormVersion, string> = {
  1.2: 'scorm/schemas/scorm12',
  2004: 'scorm/schemas/scorm2004-4th',
}

/** Every schema file of `version` (XSDs and the DTDs they refer to), by file name, sorted. */
export async function schemaFiles(version: ScormVersion): Promise<Map<string, Uint8Array>> {
  const dir = SCHEMA_DIRS[version]
  const names = (await readdir(dir)).filter(name => /\.(?:xsd|dtd)$/.test(name)).sort()
  const files = new Map<string, Uint8Array>()
  for (const name of names)
    files.set(name, new Uint8Array(await readFile(join(dir, name))))
  return files
}

/** The (namespace, file) pairs of a manifest's `xsi:schemaLocation`. */
export function schemaLocations(manifest: string): { namespace: string, file: string }[] {
  const value = /xsi:schemaLocation="([^"]*)"/.exec(manifest)?.[1]
  if (!value)
    throw new Error('the manifest has no xsi:schemaLocation')
  const parts = value.trim().split(/\s+/)
  if (parts.length % 2)
    throw new Error(`xsi:schemaLocation must hold namespace/file pairs, got ${parts.length} items`)
  const pairs: { namespace: string, file: string }[] = []
  for (let i = 0; i < parts.length; i += 2)
    pairs.push({ namespace: parts[i]!, file: parts[i + 1]! })
  return pairs
}
