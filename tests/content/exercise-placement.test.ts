import { describe, expect, it } from 'vitest'
import { DECKS } from '../../curriculum/decks.ts'
import { exercisesOnSlide } from '../../curriculum/exercisePlacement.ts'
import { EXERCISE_COMPONENTS, EXERCISE_TYPES } from '../../exercises/registry.ts'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { readDeckCurriculum } from '../lib/curriculum.ts'

const exercises = validateExerciseFiles(await loadExerciseFiles())
const components = EXERCISE_COMPONENTS

describe('exercises in the decks', () => {
  it('reads exercise tags from slide markdown', () => {
    expect(exercisesOnSlide('# 练\n\n<SingleChoice id="a-1" />\n<Quiz mode="key" id="pretest"/> <Other id="x" />', ['SingleChoice', 'Quiz']))
      .toEqual([
        { component: 'SingleChoice', id: 'a-1' },
        { component: 'Quiz', id: 'pretest' },
      ])
  })

  for (const deck of DECKS) {
    it(`${deck.entry}: every exercise on a slide exists and is drawn by its type's component`, async () => {
      const { slides } = await readDeckCurriculum(deck.entry)
      const problems = slides.flatMap(slide => exercisesOnSlide(slide.content, components).flatMap(({ component, id }) => {
        const exercise = exercises.get(id)
        if (!exercise)
          return [`slide ${slide.no} (${slide.file}): no exercise with id "${id}"`]
        return EXERCISE_TYPES[exercise.type].component === component
          ? []
          : [`slide ${slide.no}: <${component} id="${id}"> but "${id}" is a ${exercise.type} exercise`]
      }))
      expect(problems.join('\n')).toBe('')
    })
  }

  it('the workshop uses every exercise, at least one per module and at least 20 in all', async () => {
    const { slides, modules } = await readDeckCurriculum(DECKS[0]!.entry)
    const used = new Set(slides.flatMap(slide => exercisesOnSlide(slide.content, components).map(p => p.id)))
    expect([
      ...exercises.keys(),
    ].filter(id => !used.has(id))).toEqual([])
    const without = modules.filter(m => m.number !== null && !m.slides.some(s => exercisesOnSlide(s.content, components).length > 0))
    expect(without.map(m => m.title)).toEqual([])
    expect(used.size).toBeGreaterThanOrEqual(20)
  })
})
