import { describe, expect, it } from 'vitest'
import { DECKS } from '../../curriculum/decks.ts'
import { forbiddenTextProblems, slideTexts, stringsIn, zhlintProblems } from '../../scripts/lib/chinese-style.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { readDeckCurriculum } from '../lib/curriculum.ts'

describe('chinese typography and editorial quality', () => {
  it('the checker itself catches half-width punctuation, a missing space and the source\'s typos', () => {
    expect(zhlintProblems('x', '群众工作,很重要')).toHaveLength(1)
    expect(zhlintProblems('x', '共有8项能力')).not.toEqual([])
    expect(zhlintProblems('x', '群众工作，很重要。共有 8 项能力。')).toEqual([])
    expect(forbiddenTextProblems('x', '要善于经验')).toHaveLength(1)
    expect(forbiddenTextProblems('x', '原文清单作“善于经验”，缺字，补正为“善于〔总结〕经验”')).toEqual([])
    expect(forbiddenTextProblems('x', '13. 善于经验')).toEqual(['x: contains "善于经验" (typo in the source: write 善于总结经验)'])
  })

  for (const deck of DECKS) {
    it(`${deck.entry}: every slide, note, title and objective passes zhlint and has no typo or chat residue`, async () => {
      const { slides } = await readDeckCurriculum(deck.entry)
      const problems = slides.flatMap(slide => slideTexts(slide).flatMap(({ label, text }) => [
        ...zhlintProblems(label, text),
        ...forbiddenTextProblems(label, text),
      ]))
      expect(problems.join('\n')).toBe('')
    })
  }

  it('every learner-facing string of the exercise data passes zhlint', async () => {
    const files = await loadExerciseFiles()
    const texts = Object.entries(files).flatMap(([file, value]) => stringsIn(value, file)).filter(({ label }) => !/\.(?:id|type)$/.test(label))
    const problems = texts.flatMap(({ label, text }) => [
      ...zhlintProblems(label, text),
      ...forbiddenTextProblems(label, text),
    ])
    expect(problems.join('\n')).toBe('')
  })
})
