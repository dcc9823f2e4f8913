/**
 * What the course reports to the LMS, computed from the deck's curriculum, the slides seen and each
 * exercise's result (the same numbers as the 我的学习记录 summary):
 * - progress: slides seen / slides in the deck; completed once every slide has been seen;
 * - score: the points of every scored exercise placed in the deck, the pre-test excluded (it measures
 *   what the learner knew before the course); an exercise counts once it is checked;
 * - post-test: the deck's quiz with `phase: 'post'`, once checked; it decides passed/failed against
 *   the deck's mastery threshold (headmatter `masteryThreshold`).
 */
import type { ExerciseResult } from './moduleScores.ts'
import { countedScore } from './moduleScores.ts'

/** The learner's result in the course, as an LMS reports it (scorm/scormReport.ts). */
export interface CourseResult {
  /** Share of the course done, 0..1. */
  progress: number
  scoreRaw: number
  scoreMax: number
  postTestScore?: number
  postTestMax?: number
  /** Share of the post-test needed to pass, 0..1. Default DEFAULT_MASTERY_THRESHOLD (curriculum/masteryThreshold.ts). */
  masteryThreshold?: number
  completed: boolean
}

export interface CourseInput {
  /** Every exercise id placed in the deck, in slide order (see `deckExerciseIds`). */
  exerciseIds: readonly string[]
  /** The quiz phase of an exercise, `undefined` for other types. */
  phaseOf: (id: string) => 'pre' | 'post' | undefined
  resultOf: (id: string) => ExerciseResult
  slidesSeen: number
  slidesTotal: number
  masteryThreshold: number
}

export function courseResult(input: CourseInput): CourseResult {
  const scored = input.exerciseIds.filter(id => input.phaseOf(id) !== 'pre')
  const results = scored.map(input.resultOf)
  const postTest = input.exerciseIds.find(id => input.phaseOf(id) === 'post')
  const post = postTest === undefined
    ? undefined
    : input.resultOf(postTest)
  const total = Math.max(0, input.slidesTotal)
  const seen = Math.min(Math.max(0, input.slidesSeen), total)
  return {
    progress: total > 0
      ? seen / total
      : 0,
    completed: total > 0 && seen >= total,
    scoreRaw: results.reduce((sum, result) => sum + countedScore(result), 0),
    scoreMax: results.reduce((sum, result) => sum + result.maxScore, 0),
    ...(post?.done && {
      postTestScore: countedScore(post),
      postTestMax: post.maxScore,
    }),
    masteryThreshold: input.masteryThreshold,
  }
}
