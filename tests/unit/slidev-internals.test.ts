/**
 * Smoke test for the parts of Slidev's client the kit uses outside its public API (stubbed for the type
 * checker in types/slidev-internals.d.ts). Every such import in the kit's sources must still exist in the
 * installed Slidev, with the exports and props the kit relies on: a Slidev upgrade that moves or changes one
 * fails here, by name, instead of in a blank handout.
 */
import { existsSync, globSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { CLICKS_MAX, FRONTMATTER_FIELDS } from '@slidev/client/constants.ts'
import { describe, expect, it } from 'vitest'

const CLIENT = join(process.cwd(), 'node_modules/@slidev/client')
const SOURCES = '{components,composables,curriculum,exercises,handouts,internals,layouts,record,scorm,setup,summary,scripts}/**/*.{ts,vue}'
const SKIP = /^(?:node_modules|dist|tests|types|\.build)\//

/** Props the kit passes to Slidev's internal components (handouts/SlideThumbnail.vue). */
const PROPS_USED: Record<string, string[]> = {
  'internals/SlideContainer.vue': ['width', 'no'],
  'internals/SlideWrapper.vue': ['clicksContext', 'route', 'renderContext'],
}

/** `constants` → `constants.ts` (package export), `internals/X.vue` as is. */
function fileOf(subpath: string): string {
  return existsSync(join(CLIENT, subpath))
    ? join(CLIENT, subpath)
    : join(CLIENT, `${subpath}.ts`)
}

function internalImports(): { file: string, subpath: string, names: string[] }[] {
  const found: { file: string, subpath: string, names: string[] }[] = []
  for (const file of globSync(SOURCES).filter(path => !SKIP.test(path))) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/import\s+(?:\{([^}]*)\}|\w+)\s+from\s+'@slidev\/client\/([^']+)'|import\('@slidev\/client\/([^']+)'\)/g)) {
      const names = (match[1] ?? '').split(',').map(name => name.trim().split(/\s+as\s+/)[0]!).filter(Boolean)
      found.push({ file, subpath: (match[2] ?? match[3])!, names })
    }
  }
  return found
}

describe('slidev internals the kit uses', () => {
  it('are all still where the kit imports them from, with the named exports it uses', () => {
    const imports = internalImports()
    expect(imports.length).toBeGreaterThanOrEqual(5)
    const problems = imports.flatMap(({ file, subpath, names }) => {
      const target = fileOf(subpath)
      if (!existsSync(target))
        return [`${file}: @slidev/client/${subpath} no longer exists`]
      const source = readFileSync(target, 'utf8')
      return names
        .filter(name => !new RegExp(`export\\s+(?:const|function|let)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`).test(source))
        .map(name => `${file}: @slidev/client/${subpath} no longer exports ${name}`)
    })
    expect(problems).toEqual([])
  })

  it('internal components still take the props the handout thumbnails pass', () => {
    for (const [subpath, props] of Object.entries(PROPS_USED)) {
      const source = readFileSync(join(CLIENT, subpath), 'utf8')
      const declared = source.match(/defineProps<\{([\s\S]*?)\}>|defineProps\(\{([\s\S]*?)\n\}\)/)
      expect(declared, `${subpath} declares its props`).toBeTruthy()
      for (const prop of props)
        expect(declared![0], `${subpath} prop ${prop}`).toMatch(new RegExp(`\\b${prop}\\??:`))
    }
  })

  it('constants have the meaning the kit relies on', () => {
    expect(CLICKS_MAX).toBeGreaterThan(1000)
    expect(FRONTMATTER_FIELDS).toEqual(expect.arrayContaining([
      'layout',
      'src',
      'hide',
      'disabled',
      'title',
    ]))
  })

  it('the shared navigation still says who moved it last, the presenter view or a slide view (composables/usePresenterDrives.ts)', () => {
    const shared = readFileSync(join(CLIENT, 'state/shared.ts'), 'utf8')
    expect(shared).toMatch(/lastUpdate\?: \{\s*id: string\s*type: 'presenter' \| 'viewer'/)
    const root = readFileSync(join(CLIENT, 'setup/root.ts'), 'utf8')
    expect(root).toMatch(/syncType = computed\(\(\) => isPresenter\.value \? 'presenter' : 'viewer'\)/)
    expect(root).toMatch(/patch\('lastUpdate', \{\s*id,\s*type: syncType\.value/)
  })

  it('the slide show still mounts the slides whose route has meta.__preloaded, and skips preload: false (setup/preloadNeighbours.ts)', () => {
    const source = readFileSync(join(CLIENT, 'internals/SlidesShow.vue'), 'utf8')
    expect(source).toMatch(/route\.meta\.preload !== false/)
    expect(source).toMatch(/slides\.value\.filter\(r => r\.meta\?\.__preloaded \|\| r === currentSlideRoute\.value\)/)
  })
})
