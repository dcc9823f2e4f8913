/**
 * Timing a facilitator can keep: the half day is about 3.5 hours with two breaks, no stretch between
 * breaks is longer than 75 minutes, and the activities that need time get it (role-play, scenario, plan).
 */
import type { CurriculumModule, CurriculumSlide } from '../../curriculum/deckCurriculum.ts'
import { describe, expect, it } from 'vitest'
import { DECKS } from '../../curriculum/decks.ts'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { readDeckCurriculum } from '../lib/curriculum.ts'

const LONGEST_STRETCH = 75

/** Minutes taught between breaks (and before the first, after the last), in order. */
export function stretches(modules: Pick<CurriculumModule, 'number' | 'minutes'>[]): number[] {
  const out = [0]
  for (const m of modules) {
    if (m.number === null)
      out.push(0)
    else
      out[out.length - 1]! += m.minutes
  }
  return out
}

const workshop = await readDeckCurriculum(DECKS.find(d => d.name === 'workshop')!.entry)
const slideWith = (tag: string): CurriculumSlide[] => workshop.slides.filter(s => new RegExp(`<${tag}\\b`).test(s.content))

describe('timing of the half day', () => {
  it('splits into stretches at breaks', () => {
    expect(stretches([
      { number: 0, minutes: 30 },
      { number: null, minutes: 10 },
      { number: 1, minutes: 40 },
      { number: 2, minutes: 40 },
    ])).toEqual([30, 80])
  })

  // About 3.5 hours: 3 h 30 min to 3 h 38 min, breaks included (a morning from 8:30 to about 12:05).
  it('lasts about 3.5 hours (210–218 minutes) with two breaks', () => {
    const total = workshop.modules.reduce((sum, m) => sum + m.minutes, 0)
    expect(total).toBeGreaterThanOrEqual(210)
    expect(total).toBeLessThanOrEqual(218)
    expect(workshop.modules.filter(m => m.number === null)).toHaveLength(2)
  })

  it(`has no stretch between breaks longer than ${LONGEST_STRETCH} minutes`, () => {
    const long = stretches(workshop.modules).filter(minutes => minutes > LONGEST_STRETCH)
    expect(long, `stretches: ${stretches(workshop.modules).join(', ')}`).toEqual([])
  })

  it('gives the role-play at least 15 minutes, the scenario and the action plan about 10 each', () => {
    const minutes = (tag: string) => slideWith(tag).map(s => s.noteMinutes ?? 0)
    expect(minutes('RolePlay')).toHaveLength(1)
    expect(minutes('RolePlay')[0]).toBeGreaterThanOrEqual(15)
    for (const tag of ['Scenario', 'ActionPlan']) {
      expect(minutes(tag), tag).toHaveLength(1)
      expect(minutes(tag)[0], tag).toBeGreaterThanOrEqual(8)
      expect(minutes(tag)[0], tag).toBeLessThanOrEqual(12)
    }
  })

  it('times the role-play on its slide as its steps add up (the plan the room sees is the one the notes time)', async () => {
    const exercises = validateExerciseFiles(await loadExerciseFiles())
    const slides = slideWith('RolePlay')
    expect(slides.length).toBeGreaterThan(0)
    for (const slide of slides) {
      for (const placed of slide.exercises) {
        const exercise = exercises.get(placed.id)
        if (exercise?.type !== 'role-play')
          continue
        const steps = exercise.steps.reduce((sum, step) => sum + step.minutes, 0)
        expect(steps, `${placed.id}: steps ${exercise.steps.map(step => `${step.label} ${step.minutes}`).join(' + ')}`).toBe(slide.noteMinutes)
      }
    }
  })
})
