/**
 * What an LMS checks when a package is imported: `imsmanifest.xml` at the root is well-formed XML of
 * the right SCORM version, names the launch file, lists exactly the site's files in the zip, and validates
 * against the official schemas shipped beside it; the site inside uses relative paths only and brings no
 * service worker. The manifest is parsed by Chromium's XML parser, the way a browser-based LMS importer would.
 */
import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { LAUNCH_FILE, SCORM_VERSIONS } from '../../scripts/lib/scorm-package.ts'
import { schemaFiles } from '../../scripts/lib/scorm-schemas.ts'
import { manifestOf, readPackage } from '../lib/lms.ts'
import { validateManifest } from '../lib/xmllint.ts'

const SCHEMA_VERSION = { 1.2: '1.2', 2004: '2004 4th Edition' } as const

interface ParsedManifest {
  error: string | null
  namespace: string
  schemaversion: string
  defaultOrganization: string
  organizations: string[]
  itemRef: string
  title: string
  resources: { identifier: string, scormType: string, href: string, files: string[] }[]
}

for (const deck of DECKS) {
  for (const version of SCORM_VERSIONS) {
    test(`${deck.name} SCORM ${version}: the manifest parses, names the launch file and lists every file`, async ({ page }) => {
      const files = readPackage(deck, version)
      const manifest = manifestOf(files)
      await page.goto('about:blank')
      const parsed: ParsedManifest = await page.evaluate(([xml, v]) => {
        const doc = new DOMParser().parseFromString(xml!, 'application/xml')
        const error = doc.querySelector('parsererror')?.textContent ?? null
        const root = doc.documentElement
        const adlcp = v === '1.2'
          ? 'http://www.adlnet.org/xsd/adlcp_rootv1p2'
          : 'http://www.adlnet.org/xsd/adlcp_v1p3'
        const children = (parent: Element, name: string) => [...parent.children].filter(child => child.localName === name)
        const organizations = root.getElementsByTagNameNS(root.namespaceURI, 'organization')
        return {
          error,
          namespace: root.namespaceURI ?? '',
          schemaversion: root.getElementsByTagNameNS(root.namespaceURI, 'schemaversion')[0]?.textContent ?? '',
          defaultOrganization: root.getElementsByTagNameNS(root.namespaceURI, 'organizations')[0]?.getAttribute('default') ?? '',
          organizations: [...organizations].map(o => o.getAttribute('identifier') ?? ''),
          itemRef: root.getElementsByTagNameNS(root.namespaceURI, 'item')[0]?.getAttribute('identifierref') ?? '',
          title: children(organizations[0]!, 'title')[0]?.textContent ?? '',
          resources: [
            ...root.getElementsByTagNameNS(root.namespaceURI, 'resource'),
          ].map(resource => ({
            identifier: resource.getAttribute('identifier') ?? '',
            scormType: resource.getAttributeNS(adlcp, v === '1.2'
              ? 'scormtype'
              : 'scormType') ?? '',
            href: resource.getAttribute('href') ?? '',
            files: children(resource, 'file').map(file => file.getAttribute('href') ?? ''),
          })),
        }
      }, [manifest, version] as const)

      expect(parsed.error).toBeNull()
      expect(parsed.namespace).toBe(version === '1.2'
        ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'
        : 'http://www.imsglobal.org/xsd/imscp_v1p1')
      expect(parsed.schemaversion).toBe(SCHEMA_VERSION[version])
      expect(parsed.organizations).toEqual([parsed.defaultOrganization])
      expect(parsed.title).toBe((await readDeck(deck.entry)).title)
      expect(parsed.resources).toHaveLength(1)
      const [sco] = parsed.resources
      expect(sco).toMatchObject({ identifier: parsed.itemRef, scormType: 'sco', href: LAUNCH_FILE })
      // The schemas sit at the root beside the manifest, outside the SCO's resource.
      const schemas = await schemaFiles(version)
      const contents = [
        ...files.keys(),
      ].filter(name => name !== 'imsmanifest.xml' && !schemas.has(name)).sort()
      expect(sco!.files.map(decodeURIComponent).sort()).toEqual(contents)
      expect(contents).toContain(LAUNCH_FILE)
    })

    test(`${deck.name} SCORM ${version}: the manifest validates against the official schemas shipped in the zip`, async () => {
      const files = readPackage(deck, version)
      const schemas = await schemaFiles(version)
      for (const [name, bytes] of schemas)
        expect(files.get(name), `${name} in the zip, unchanged`).toEqual(bytes)
      const result = validateManifest(manifestOf(files), files)
      expect(result.ok, result.output).toBe(true)
    })

    test(`${deck.name} SCORM ${version}: relative paths only, no service worker`, async () => {
      const files = readPackage(deck, version)
      const names = [
        ...files.keys(),
      ]
      expect(names.filter(name => /(?:^|\/)(?:sw|registerSW|workbox-[^/]*)\.js$|\.webmanifest$/.test(name))).toEqual([])
      const html = new TextDecoder().decode(files.get(LAUNCH_FILE))
      const urls = [
        ...html.matchAll(/\b(?:src|href)="([^"]*)"/g),
      ].map(match => match[1]!)
      expect(urls.length).toBeGreaterThan(0)
      expect(urls.filter(url => url.startsWith('/') || /^[a-z]+:/i.test(url))).toEqual([])
      expect(html).not.toMatch(/serviceWorker|registerSW/)
      for (const url of urls)
        expect(files.has(url.replace(/^\.\//, '').split(/[?#]/)[0]!), `${url} is in the package`).toBe(true)
    })
  }
}
