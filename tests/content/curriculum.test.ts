import { describe, expect, it } from 'vitest'
import { readCurriculum } from '../../curriculum/deckCurriculum.ts'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { readDeckCurriculum } from '../lib/curriculum.ts'

function parseDuration(value: unknown): number {
  const match = String(value ?? '').match(/^(\d+)\s*min$/)
  if (!match)
    throw new Error(`headmatter duration must look like "210min", got ${JSON.stringify(value)}`)
  return Number(match[1])
}

const REQUIRED_LAYOUTS = [
  'cover',
  'section',
  'two-cols',
  'center',
  'quote',
]

describe('the workshop deck', () => {
  it(`uses Slidev's layouts: ${REQUIRED_LAYOUTS.join(', ')}`, async () => {
    const { slides } = await readDeckCurriculum(DECKS[0]!.entry)
    const used = new Set(slides.map(slide => slide.frontmatter.layout))
    expect(REQUIRED_LAYOUTS.filter(layout => !used.has(layout))).toEqual([])
  })
})

for (const deck of DECKS) {
  describe(`curriculum of ${deck.entry}`, async () => {
    const info = await readDeck(deck.entry)
    const { slides, modules } = readCurriculum(info)

    it('has facilitation notes on every slide: timing, and a transition except on the last slide', () => {
      const problems: string[] = []
      for (const slide of slides) {
        const where = `slide ${slide.no} "${slide.title}" (${slide.file})`
        if (!slide.note)
          problems.push(`${where}: no presenter notes`)
        else if (slide.noteMinutes === undefined)
          problems.push(`${where}: notes do not start with 【…，约 N 分钟】 (or 【…，不另计时间…】)`)
        else if (slide.no < slides.length && !slide.note.includes('过渡'))
          problems.push(`${where}: notes have no 过渡 (transition)`)
        else if (/[^\n]\n(?:讲解要点|提问全场|过渡)/.test(slide.note))
          problems.push(`${where}: each part of the notes needs its own paragraph (a blank line before it)`)
      }
      expect(problems.join('\n')).toBe('')
    })

    it('asks the room a question in every module', () => {
      const silent = modules.filter(m => !m.slides.some(s => s.note.includes('提问')))
      expect(silent.map(m => m.title).join('\n')).toBe('')
    })

    it('times each module: its slides\' note minutes add up to the module\'s minutes', () => {
      const drift = modules
        .map(m => ({
          module: m.title,
          planned: m.minutes,
          notes: m.slides.reduce((sum, s) => sum + (s.noteMinutes ?? 0), 0),
        }))
        .filter(m => m.planned !== m.notes)
      expect(drift.map(d => JSON.stringify(d)).join('\n')).toBe('')
    })

    it('keeps slides readable: at most 7 bullet lines per column', () => {
      const crowded = slides.flatMap(slide => slide.content.split('::right::').map((column, i) => ({ slide, column: i, bullets: column.split('\n').filter(line => /^\s*(?:[-*+]|\d+\.)\s/.test(line)).length })))
        .filter(c => c.bullets > 7)
        .map(c => `slide ${c.slide.no} "${c.slide.title}" (${c.slide.file}) column ${c.column + 1}: ${c.bullets} bullet lines`)
      expect(crowded.join('\n')).toBe('')
    })

    it('declares a duration equal to the sum of its modules\' minutes', () => {
      const total = modules.reduce((sum, m) => sum + m.minutes, 0)
      expect(parseDuration(info.headmatter.duration)).toBe(total)
    })
  })
}
