import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { listFiles, packageFiles, ScormPackageError, scormZipName, withoutWorker, zipPackage } from './scorm-package.ts'

describe('packageFiles', () => {
  it('keeps the site and leaves out hosting files and any old manifest', () => {
    expect(packageFiles([
      '404.html',
      '_redirects',
      'assets/a.js',
      'imsmanifest.xml',
      'index.html',
    ])).toEqual(['404.html', 'assets/a.js', 'index.html'])
  })

  it('leaves out the offline service worker\'s files', () => {
    expect(packageFiles([
      'assets/a.js',
      'index.html',
      'manifest.webmanifest',
      'registerSW.js',
      'sw.js',
      'workbox-1a2b.js',
    ])).toEqual(['assets/a.js', 'index.html'])
  })

  it('refuses a build without index.html', () => {
    expect(() => packageFiles(['assets/a.js'])).toThrow(/no index.html/)
  })
})

describe('withoutWorker', () => {
  // The end of the <head> that vite-plugin-pwa writes into every page of the built site.
  const head = '<link rel="icon" href="./favicon.svg">\n<link rel="manifest" href="./manifest.webmanifest"><script id="vite-plugin-pwa:register-sw" src="./registerSW.js" defer></script></head>'

  it('takes the manifest link and the register script out of a page, and nothing else', () => {
    expect(withoutWorker(head, 'index.html')).toBe('<link rel="icon" href="./favicon.svg">\n</head>')
  })

  it('stops, naming the page, when a trace of the worker is left', () => {
    const changed = head.replace('id="vite-plugin-pwa:register-sw" ', '')
    expect(() => withoutWorker(changed, '404.html')).toThrow(ScormPackageError)
    expect(() => withoutWorker(changed, '404.html')).toThrow(/404\.html still refers to the service worker \("registerSW"\)/)
    expect(() => withoutWorker('<script>navigator.serviceWorker.register("./sw.js")</script>', 'index.html')).toThrow(/serviceWorker/)
  })
})

describe('zipPackage', () => {
  it('zips the files with the manifest at the root, the same bytes every time', async () => {
    const root = await mkdtemp(join(tmpdir(), 'scorm-package-'))
    try {
      await mkdir(join(root, 'assets'))
      await writeFile(join(root, 'index.html'), '<!doctype html>')
      await writeFile(join(root, 'assets', 'a.js'), 'console.log(1)')
      const files = await listFiles(root)
      expect(files).toEqual(['assets/a.js', 'index.html'])
      const first = await zipPackage(root, files, '<manifest/>')
      const second = await zipPackage(root, files, '<manifest/>')
      expect(second).toEqual(first)
      const entries = unzipSync(first)
      expect(Object.keys(entries).sort()).toEqual(['assets/a.js', 'imsmanifest.xml', 'index.html'])
      expect(strFromU8(entries['imsmanifest.xml']!)).toBe('<manifest/>')
      const withSchemas = unzipSync(await zipPackage(root, files, '<manifest/>', new Map([
        [
          'a.xsd',
          strToU8('<xsd/>'),
        ],
      ])))
      expect(Object.keys(withSchemas).sort()).toEqual([
        'a.xsd',
        'assets/a.js',
        'imsmanifest.xml',
        'index.html',
      ])
      const replaced = unzipSync(await zipPackage(root, files, '<manifest/>', new Map(), new Map([
        [
          'index.html',
          strToU8('<!doctype html><p>'),
        ],
      ])))
      expect(strFromU8(replaced['index.html']!)).toBe('<!doctype html><p>')
      expect(strFromU8(replaced['assets/a.js']!)).toBe('console.log(1)')
      await expect(zipPackage(root, files, '<manifest/>', new Map([
        [
          'index.html',
          strToU8('<xsd/>'),
        ],
      ]))).rejects.toThrow(/named like a SCORM schema/)
    }
    finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  it('names the zips by deck and version', () => {
    const deck = { name: 'workshop', entry: 'slides.md', outDir: 'dist' }
    expect(scormZipName(deck, '1.2')).toBe('workshop-scorm12.zip')
    expect(scormZipName(deck, '2004')).toBe('workshop-scorm2004.zip')
  })
})
