import type { ExerciseData } from '../exercises/schema.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadExerciseCatalog } from './server/exerciseCatalog.ts'
import { LIVE_TYPES, summarize } from './summarize.ts'

let catalog: Map<string, ExerciseData>
function byType<T extends ExerciseData['type']>(type: T) {
  return [
    ...catalog.values(),
  ].find(e => e.type === type) as Extract<ExerciseData, { type: T }>
}
const rows = (responses: unknown[]) => responses.map((response, i) => ({ entry: i + 1, response, hidden: i === 1 }))

beforeAll(async () => {
  catalog = await loadExerciseCatalog()
})

describe('summarize', () => {
  it('counts choices per option and marks the right one', () => {
    const data = byType('single-choice')
    const [a, b] = data.options
    const summary = summarize(data, rows([
      { selected: a!.id },
      { selected: a!.id },
      { selected: b!.id },
    ]))
    expect(summary.kind).toBe('bars')
    const bars = summary.kind === 'bars'
      ? summary.groups[0]!.bars
      : []
    expect(bars.map(bar => bar.count)).toEqual(data.options.map(o => o.id === a!.id
      ? 2
      : o.id === b!.id
        ? 1
        : 0))
    expect(bars.filter(bar => bar.correct).map(bar => bar.label)).toEqual([data.options.find(o => o.correct)!.text])
  })

  it('summarises ordering by mean position and items in place', () => {
    const data = byType('ordering')
    const solved = data.items.map(item => item.id)
    const summary = summarize(data, rows([
      { order: solved },
      {
        order: [...solved].reverse(),
      },
    ]))
    expect(summary.kind === 'positions' && summary.items.map(item => item.inPlace)).toEqual(solved.map((_, i) => (i === (solved.length - 1) / 2
      ? 2
      : 1)))
    expect(summary.kind === 'positions' && summary.items[0]!.mean).toBe((1 + solved.length) / 2)
  })

  it('keeps texts as text, anonymous, with the hidden flag', () => {
    const data = byType('rewrite')
    const summary = summarize(data, rows([
      { text: ' <b>您好</b> ' },
      { text: '隐藏我' },
      { text: '   ' },
    ]))
    expect(summary).toEqual({
      kind: 'texts',
      entries: [
        { entry: 1, text: '<b>您好</b>', hidden: false },
        { entry: 2, text: '隐藏我', hidden: true },
      ],
    })
  })

  it('averages self-assessments per dimension for the radar', () => {
    const data = byType('self-assessment')
    const [d1, d2] = data.dimensions
    const summary = summarize(data, rows([
      {
        ratings: { [d1!.id]: 2, [d2!.id]: 5 },
      },
      {
        ratings: { [d1!.id]: 5 },
      },
    ]))
    expect(summary.kind === 'radar' && summary.axes.slice(0, 3).map(axis => axis.value)).toEqual([3.5, 5, null])
  })

  it('counts scenario votes at every decision and the endings reached', () => {
    const data = byType('scenario')
    const start = data.nodes.find(node => node.id === data.start)!
    const summary = summarize(data, rows([
      {
        path: [start.choices[0]!.id],
      },
      {
        path: [start.choices[0]!.id],
      },
      {
        path: [start.choices[1]!.id],
      },
    ]))
    const first = summary.kind === 'bars'
      ? summary.groups[data.nodes.indexOf(start)]!.bars
      : []
    expect(first.slice(0, 2).map(bar => bar.count)).toEqual([2, 1])
    expect(summary.kind === 'bars' && summary.groups.at(-1)!.label).toBe('到达的结局')
  })

  it('has a summary for every type a phone can answer', () => {
    for (const type of LIVE_TYPES)
      expect(byType(type), type).toBeDefined()
  })
})
