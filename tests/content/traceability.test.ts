import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DECKS } from '../../curriculum/decks.ts'
import { EXCLUDED_LINES, SOURCE_ITEMS } from '../../source/items.ts'
import { readDeckCurriculum } from '../lib/curriculum.ts'

const SOURCE = 'source/source-document.zh.txt'
const lines = readFileSync(SOURCE, 'utf8').split('\n')
const workshop = DECKS.find(d => d.name === 'workshop')!

describe('source item map', () => {
  it('covers every non-empty line of the source exactly once (or excludes it with a reason)', () => {
    const owner = new Map<number, string>()
    const problems: string[] = []
    for (const item of SOURCE_ITEMS) {
      for (const line of item.lines) {
        if (line < 1 || line > lines.length || !lines[line - 1]!.trim())
          problems.push(`${item.id}: line ${line} is empty or outside ${SOURCE}`)
        if (owner.has(line))
          problems.push(`line ${line} belongs to both ${owner.get(line)} and ${item.id}`)
        owner.set(line, item.id)
      }
    }
    lines.forEach((text, index) => {
      const line = index + 1
      if (text.trim() && !owner.has(line) && !(line in EXCLUDED_LINES))
        problems.push(`line ${line} is covered by no item: ${text.slice(0, 40)}`)
    })
    expect(problems.join('\n')).toBe('')
  })

  it('has unique ids', () => {
    const ids = SOURCE_ITEMS.map(item => item.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('keeps the source verbatim (the chat line is still there, excluded from the curriculum)', () => {
    expect(lines[75]).toContain('以上论文仅供参考')
    expect(EXCLUDED_LINES[76]).toBeDefined()
  })
})

describe('every source item is taught', () => {
  it(`every item is taught on at least one slide of ${workshop.entry}`, async () => {
    const { slides } = await readDeckCurriculum(workshop.entry)
    const taught = new Set(slides.flatMap(slide => slide.sources))
    expect(SOURCE_ITEMS.map(item => item.id).filter(id => !taught.has(id)).join(', ')).toBe('')
  })

  for (const deck of DECKS) {
    it(`every item a slide of ${deck.entry} names exists`, async () => {
      const known = new Set(SOURCE_ITEMS.map(item => item.id))
      const { slides } = await readDeckCurriculum(deck.entry)
      const unknown = slides.flatMap(slide => slide.sources.filter(id => !known.has(id)).map(id => `slide ${slide.no} (${slide.file}): unknown item "${id}"`))
      expect(unknown.join('\n')).toBe('')
    })
  }
})
