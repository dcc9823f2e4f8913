import { describe, expect, it } from 'vitest'
import { escapeXml, hrefOf, scormManifest } from './scorm-manifest.ts'

const input = {
  identifier: 'qzgz-kit-workshop',
  title: '群众工作 & "方法" <培训>',
  launch: 'index.html',
  files: ['index.html', 'assets/index-abc.js', 'assets/字体 1.woff2'],
} as const

describe('scormManifest', () => {
  it('writes a SCORM 1.2 manifest with one SCO that launches index.html and lists every file', () => {
    const xml = scormManifest({ ...input, version: '1.2' })
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<manifest identifier="qzgz-kit-workshop"/)
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"')
    expect(xml).toContain('<schemaversion>1.2</schemaversion>')
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"')
    expect(xml).toContain('<file href="assets/%E5%AD%97%E4%BD%93%201.woff2" />')
    expect(xml.match(/<file /g)).toHaveLength(3)
    expect(xml).not.toContain('masteryscore')
  })

  it('writes a SCORM 2004 4th Edition manifest', () => {
    const xml = scormManifest({ ...input, version: '2004' })
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"')
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>')
    expect(xml).toContain('adlcp:scormType="sco"')
    expect(xml).not.toContain('minNormalizedMeasure')
  })

  it('escapes the title', () => {
    const xml = scormManifest({ ...input, version: '1.2' })
    expect(xml).toContain('<title>群众工作 &#38; &#34;方法&#34; &#60;培训&#62;</title>')
  })

  it.each([
    [
      { identifier: '1-bad id' },
      /identifier "1-bad id"/,
    ],
    [
      { title: '  ' },
      /title is empty/,
    ],
    [
      { launch: 'start.html' },
      /launch file "start.html" is not among/,
    ],
    [
      {
        files: ['index.html', '../secret.txt'],
      },
      /file "..\/secret.txt" must be a relative path/,
    ],
    [
      {
        files: ['index.html', '/abs.js'],
      },
      /file "\/abs.js" must be a relative path/,
    ],
  ])('refuses bad input %j', (change, message) => {
    expect(() => scormManifest({
      ...input,
      version: '2004',
      ...change,
    })).toThrow(message)
  })
})

describe('escapeXml and hrefOf', () => {
  it('escape markup characters and percent-encode path segments', () => {
    expect(escapeXml(`a<b>&'"`)).toBe('a&#60;b&#62;&#38;&#39;&#34;')
    expect(hrefOf('assets/a b#c.js')).toBe('assets/a%20b%23c.js')
  })
})
