import { describe, expect, it } from 'vitest'
import { scormManifest } from '../../scripts/lib/scorm-manifest.ts'
import { SCORM_VERSIONS } from '../../scripts/lib/scorm-package.ts'
import { schemaFiles, schemaLocations } from '../../scripts/lib/scorm-schemas.ts'
import { validateManifest } from '../lib/xmllint.ts'

const input = {
  identifier: 'qzgz-kit-sample',
  title: '提升群众工作能力 & <样例> "课程"',
  launch: 'index.html',
  files: [
    'index.html',
    'assets/app 1.js',
    'assets/讲义.pdf',
    'fonts/a.woff2',
  ],
}

describe.each(SCORM_VERSIONS)('sCORM %s manifest', (version) => {
  it('names only schema files the package ships', async () => {
    const shipped = await schemaFiles(version)
    const named = schemaLocations(scormManifest({ version, ...input })).map(location => location.file)
    expect(named.length).toBeGreaterThanOrEqual(version === '1.2'
      ? 3
      : 5)
    expect(named.filter(file => !shipped.has(file))).toEqual([])
  })

  it('validates against the official schemas (xmllint --schema)', async () => {
    const result = validateManifest(scormManifest({ version, ...input }), await schemaFiles(version))
    expect(result.output).toMatch(/imsmanifest\.xml validates/)
    expect(result.ok, result.output).toBe(true)
  })

  it('fails validation when the manifest breaks the schema (the check is strict)', async () => {
    const manifest = scormManifest({ version, ...input }).replace(/(scorm[tT]ype=)"sco"/, '$1"course"')
    const result = validateManifest(manifest, await schemaFiles(version))
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(/scorm[tT]ype/)
  })

  it('fails validation when a schema the manifest names is not shipped', async () => {
    const files = await schemaFiles(version)
    const [first] = schemaLocations(scormManifest({ version, ...input }))
    files.delete(first!.file)
    const result = validateManifest(scormManifest({ version, ...input }), files)
    expect(result.ok).toBe(false)
    expect(result.output).toContain(first!.file)
  })
})
