/**
 * Pure arithmetic of the learning record: per-module scores and counts of exercises done, from the
 * build-time curriculum (which exercise is placed in which module) and each exercise's result.
 */
import type { KitDeckCurriculum } from '../curriculum/clientCurriculum.ts'

/** What the record needs to know of one exercise (see useExerciseResults.ts). */
export interface ExerciseResult {
  /** Points earned, counted once the learner has checked the answer. */
  score: number
  /** 0 for unscored types (self-assessment, action plan). */
  maxScore: number
  /** Whether the learner checked (submitted) the exercise. */
  done: boolean
}

export interface ModuleScore {
  /** Module number from the curriculum. */
  number: number
  title: string
  /** Sum of the scores of the module's checked exercises. */
  score: number
  /** Sum of the maximum scores of all the module's exercises. */
  maxScore: number
  /** Exercises of the module the learner has checked. */
  done: number
  /** Exercises placed in the module. */
  total: number
}

/** Every exercise id placed in the deck, each once, in slide order. */
export function deckExerciseIds(deck: Pick<KitDeckCurriculum, 'slides'>): string[] {
  return [
    ...new Set(deck.slides.flatMap(slide => slide.exercises.map(exercise => exercise.id))),
  ]
}

/** Score of an exercise as the record counts it: what was earned once checked, otherwise 0. */
export function countedScore(result: ExerciseResult): number {
  return result.done
    ? Math.min(Math.max(result.score, 0), result.maxScore)
    : 0
}

/**
 * Per numbered module with at least one exercise: the sum of score / max of the exercises placed in it
 * (an exercise shown on several slides of the module counts once). Breaks (no number) are skipped.
 */
export function moduleScores(deck: Pick<KitDeckCurriculum, 'modules' | 'slides'>, resultOf: (id: string) => ExerciseResult): ModuleScore[] {
  return deck.modules.flatMap((module) => {
    if (module.number === null)
      return []
    const ids = deckExerciseIds({
      slides: module.slides.flatMap(no => deck.slides[no - 1] ?? []),
    })
    if (!ids.length)
      return []
    const results = ids.map(resultOf)
    return [
      {
        number: module.number,
        title: module.title,
        score: results.reduce((sum, result) => sum + countedScore(result), 0),
        maxScore: results.reduce((sum, result) => sum + result.maxScore, 0),
        done: results.filter(result => result.done).length,
        total: ids.length,
      },
    ]
  })
}

/** How many of `ids` the learner has done. */
export function doneCount(ids: readonly string[], resultOf: (id: string) => ExerciseResult): number {
  return ids.filter(id => resultOf(id).done).length
}
