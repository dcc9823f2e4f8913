/**
 * Validates a SCORM manifest against the schemas shipped beside it, with libxml2's `xmllint --schema`
 * (Debian: libxml2-utils, installed by .ci/run). A missing xmllint is an error, never a skipped check.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { schemaLocations } from '../../scripts/lib/scorm-schemas.ts'

export interface XmllintResult {
  ok: boolean
  output: string
}

function requireXmllint(): void {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0)
    throw new Error('xmllint is not installed: the SCORM manifests cannot be validated. Install it with `apt-get install libxml2-utils` (.ci/run does).')
}

/**
 * Writes `manifest` and the schemas among `files` (the package's files by path; schemas sit at its root) to a
 * scratch folder, then validates the
 * manifest against every schema its `xsi:schemaLocation` names, each loaded from the file named there (so a name
 * that is not shipped fails). xmllint takes one schema: a wrapper imports each namespace from its file.
 */
export function validateManifest(manifest: string, files: ReadonlyMap<string, Uint8Array>): XmllintResult {
  requireXmllint()
  const locations = schemaLocations(manifest)
  const missing = locations.filter(location => !files.has(location.file)).map(location => location.file)
  if (missing.length)
    return { ok: false, output: `schemaLocation names files the package lacks: ${missing.join(', ')}` }
  const dir = mkdtempSync(join(tmpdir(), 'scorm-xsd-'))
  try {
    for (const [name, bytes] of files) {
      if (/^[^/]+\.(?:xsd|dtd)$/.test(name))
        writeFileSync(join(dir, name), bytes)
    }
    writeFileSync(join(dir, 'imsmanifest.xml'), manifest)
    writeFileSync(join(dir, 'all-schemas.xsd'), [
      '<?xml version="1.0"?>',
      '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
      ...locations.map(({ namespace, file }) => `  <xsd:import namespace="${namespace}" schemaLocation="${file}"/>`),
      '</xsd:schema>',
      '',
    ].join('\n'))
    const result = spawnSync('xmllint', [
      '--noout',
      '--nonet',
      '--schema',
      'all-schemas.xsd',
      'imsmanifest.xml',
    ], { cwd: dir, encoding: 'utf8' })
    return {
      ok: result.status === 0,
      output: `${result.stdout}${result.stderr}`.trim(),
    }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
