import { FRONTMATTER_FIELDS } from '@slidev/client/constants.ts'
import { describe, expect, it } from 'vitest'
import { frontmatterProblems } from '../../curriculum/deckCurriculum.ts'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeckCurriculum } from '../lib/curriculum.ts'

describe('slide frontmatter', () => {
  for (const deck of DECKS) {
    it(`${deck.entry}: only known keys; every module has a title, minutes and objectives (能……)`, async () => {
      const curriculum = await readDeckCurriculum(deck.entry)
      expect(frontmatterProblems(curriculum, deck.entry, FRONTMATTER_FIELDS).join('\n')).toBe('')
    })
  }

  it('reports a typo in a key, and a module without minutes', () => {
    const curriculum = {
      slides: [
        {
          no: 1,
          title: 'cover',
          file: 'slides.md',
          sources: [],
          content: '',
          note: '',
          exercises: [],
          frontmatter: {},
        },
        {
          no: 2,
          title: 'x',
          file: 'pages/x.md',
          sources: [],
          content: '',
          note: '',
          exercises: [],
          frontmatter: {
            sorces: ['A1'],
          },
        },
      ],
      modules: [
        {
          number: 1,
          title: '模块',
          minutes: Number.NaN,
          objectives: ['理解……'],
          file: 'pages/x.md',
          opening: 2,
          slides: [],
        },
      ],
    }
    expect(frontmatterProblems(curriculum, 'slides.md', FRONTMATTER_FIELDS)).toEqual([
      'slides.md slide 2 (pages/x.md): unknown frontmatter key "sorces"; known kit keys: module, minutes, objectives, sources, break',
      'slides.md pages/x.md: minutes must be a positive whole number',
      'slides.md pages/x.md: objective "理解……" should start with 能',
    ])
  })
})
