import type { ResolvedSlidevOptions, SlideInfo } from '@slidev/types'
import type { HmrContext, ModuleNode, Plugin } from 'vite'
import { describe, expect, it, vi } from 'vitest'
import { kitCurriculum } from './vite-plugins.ts'

const ROOT = '/deck'

function slide(file: string, frontmatter: Record<string, unknown>, content: string): SlideInfo {
  return {
    frontmatter,
    content,
    note: '',
    source: { filepath: `${ROOT}/${file}` },
  } as unknown as SlideInfo
}

function options(slides: SlideInfo[]): ResolvedSlidevOptions {
  return {
    userRoot: ROOT,
    entry: `${ROOT}/slides.md`,
    data: {
      config: { title: '测试课程' },
      headmatter: { masteryThreshold: 0.7 },
      slides,
      watchFiles: {
        [`${ROOT}/pages/01.md`]: new Set([1]),
      },
    },
  } as unknown as ResolvedSlidevOptions
}

async function load(plugin: Plugin): Promise<any> {
  const id = (plugin.resolveId as (id: string) => string | undefined)('virtual:kit-curriculum')!
  const code = await (plugin.load as (id: string) => string | undefined)(id)!
  return JSON.parse(code.slice('export default '.length))
}

describe('virtual:kit-curriculum', () => {
  const deck = options([
    slide('slides.md', { layout: 'cover' }, '# 封面'),
    slide('pages/01.md', {
      module: 1,
      title: '模块一',
      minutes: 10,
      objectives: ['能做到'],
    }, ''),
    slide('pages/01.md', {}, '# 练习\n\n<SingleChoice id="a-1" />'),
  ])

  it('is this deck\'s curriculum, from Slidev\'s own parse: modules, slides and the exercises on each', async () => {
    const curriculum = await load(kitCurriculum(deck))
    expect(curriculum).toMatchObject({
      title: '测试课程',
      masteryThreshold: 0.7,
      modules: [
        {
          number: 1,
          title: '模块一',
          minutes: 10,
          slides: [1, 2, 3],
        },
      ],
      slides: [
        { no: 1 },
        { no: 2 },
        {
          no: 3,
          exercises: [
            { component: 'SingleChoice', id: 'a-1' },
          ],
        },
      ],
    })
  })

  it('follows Slidev\'s data when a deck file changes under `npm run dev`, and reloads only for the deck\'s files', async () => {
    const plugin = kitCurriculum(deck)
    const module = { id: '\0virtual:kit-curriculum' } as ModuleNode
    const invalidateModule = vi.fn()
    const context = (file: string) => ({
      file,
      modules: [] as ModuleNode[],
      server: {
        moduleGraph: {
          getModuleById: () => module,
          invalidateModule,
        },
      },
    }) as unknown as HmrContext
    const hot = plugin.handleHotUpdate as (ctx: HmrContext) => ModuleNode[] | undefined

    expect(hot(context(`${ROOT}/components/Other.vue`))).toBeUndefined()
    expect(invalidateModule).not.toHaveBeenCalled()

    // Slidev's loader replaces its data in place (Object.assign(data, newData)) before this hook runs.
    deck.data.slides[2] = slide('pages/01.md', {}, '# 练习\n\n<TrueFalse id="b-2" />')
    expect(hot(context(`${ROOT}/pages/01.md`))).toEqual([module])
    expect(invalidateModule).toHaveBeenCalledWith(module)
    expect((await load(plugin)).slides[2].exercises).toEqual([
      { component: 'TrueFalse', id: 'b-2' },
    ])
  })
})
