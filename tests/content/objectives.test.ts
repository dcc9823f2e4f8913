/**
 * Every module objective has an activity that practises it and an item that assesses it
 * (docs/objectives.md), and every pre/post item assesses some objective. The table is checked against
 * the decks' frontmatter and the exercise data, so neither can drift from it silently.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DECKS } from '../../curriculum/decks.ts'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { readDeckCurriculum } from '../lib/curriculum.ts'

export interface ObjectiveRow {
  module: string
  objective: string
  activities: string[]
  assessments: string[]
}

/** The rows of the first table whose header starts with 模块 | 学习目标. */
export function parseObjectiveTable(markdown: string): ObjectiveRow[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(line => /^\|\s*模块\s*\|\s*学习目标\s*\|/.test(line))
  if (start < 0)
    throw new Error('docs/objectives.md: no table with the header | 模块 | 学习目标 | 练习（活动） | 评估 |')
  const rows: ObjectiveRow[] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|'))
      break
    const cells = line.split('|').slice(1, -1).map(cell => cell.trim())
    if (cells.length !== 4)
      throw new Error(`docs/objectives.md: a row needs 4 cells: ${line}`)
    const ids = (cell: string) => [
      ...cell.matchAll(/`([^`]+)`/g),
    ].map(m => m[1]!)
    rows.push({
      module: cells[0]!,
      objective: cells[1]!,
      activities: ids(cells[2]!),
      assessments: ids(cells[3]!),
    })
  }
  return rows
}

const rows = parseObjectiveTable(readFileSync('docs/objectives.md', 'utf8'))
const exercises = validateExerciseFiles(await loadExerciseFiles())
const decks = await Promise.all(DECKS.map(async deck => ({ deck, curriculum: await readDeckCurriculum(deck.entry) })))
const itemIds = new Set([
  ...exercises.values(),
].flatMap(e => e.type === 'quiz'
  ? e.items.map(i => i.id)
  : []))

describe('objectives → activity → assessment (docs/objectives.md)', () => {
  it('parses the table and its ids', () => {
    expect(parseObjectiveTable('| 模块 | 学习目标 | 练习（活动） | 评估 |\n| --- | --- | --- | --- |\n| 1 | 能…… | `a-1`、`b-2` | `q-x` |\n\ntext'))
      .toEqual([
        {
          module: '1',
          objective: '能……',
          activities: ['a-1', 'b-2'],
          assessments: ['q-x'],
        },
      ])
  })

  for (const { deck, curriculum } of decks) {
    it(`${deck.entry}: every module objective has a row`, () => {
      const listed = new Set(rows.map(row => row.objective))
      const missing = curriculum.modules.flatMap(m => m.objectives.filter(o => !listed.has(o)).map(o => `模块 ${m.number}: ${o}`))
      expect(missing).toEqual([])
    })
  }

  it('lists no objective that no deck has (no stale rows)', () => {
    const all = new Set(decks.flatMap(d => d.curriculum.modules.flatMap(m => m.objectives)))
    expect(rows.filter(row => !all.has(row.objective)).map(row => row.objective)).toEqual([])
  })

  it('practises every objective with an exercise that a deck shows', () => {
    const shown = decks.flatMap(d => d.curriculum.slides.map(s => s.content)).join('\n')
    const problems = rows.flatMap((row) => {
      if (!row.activities.length)
        return [`${row.objective}: no activity`]
      return row.activities.flatMap(id => !exercises.has(id)
        ? [`${row.objective}: no exercise "${id}"`]
        : shown.includes(`id="${id}"`)
          ? []
          : [`${row.objective}: exercise "${id}" is on no slide`])
    })
    expect(problems).toEqual([])
  })

  it('assesses every objective with a pre/post item or an exercise', () => {
    const problems = rows.flatMap((row) => {
      if (!row.assessments.length)
        return [`${row.objective}: no assessment`]
      return row.assessments.filter(id => !itemIds.has(id) && !exercises.has(id)).map(id => `${row.objective}: no item or exercise "${id}"`)
    })
    expect(problems).toEqual([])
  })

  it('maps every pre/post item to an objective', () => {
    const assessed = new Set(rows.flatMap(row => row.assessments))
    expect([...itemIds].filter(id => !assessed.has(id))).toEqual([])
  })
})
