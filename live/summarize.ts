import type { ExerciseData, ExerciseType } from '../exercises/schema.ts'
/**
 * Turns the room's answers to one exercise into what the projector draws (see `Summary`).
 * Pure: the server calls it whenever answers change; the client only draws the result.
 * Responses are assumed valid (the server checked each with the kind's `isResponse`).
 */
import type { ActionPlanResponse } from '../exercises/types/action-plan/kind.ts'
import type { CourseSurveyResponse } from '../exercises/types/course-survey/kind.ts'
import type { MatchingResponse } from '../exercises/types/matching/kind.ts'
import type { OrderingResponse } from '../exercises/types/ordering/kind.ts'
import type { QuizResponse } from '../exercises/types/quiz/kind.ts'
import type { RolePlayResponse } from '../exercises/types/role-play/kind.ts'
import type { ScenarioResponse } from '../exercises/types/scenario/kind.ts'
import type { SelfAssessmentResponse } from '../exercises/types/self-assessment/kind.ts'
import type { Summary, TextEntry } from './protocol.ts'
import { surveyAnswer } from '../exercises/types/course-survey/kind.ts'
import { answerOrder, matchOf } from '../exercises/types/matching/kind.ts'
import { walkScenario } from '../exercises/types/scenario/kind.ts'
import { ratingOf } from '../exercises/types/self-assessment/kind.ts'

/** Exercise types a participant can answer on a phone (flashcards are for self-study only). */
export const LIVE_TYPES = [
  'single-choice',
  'multiple-choice',
  'true-false',
  'quiz',
  'matching',
  'ordering',
  'scenario',
  'rewrite',
  'action-plan',
  'self-assessment',
] as const satisfies readonly ExerciseType[]

export function isLiveType(type: string): type is (typeof LIVE_TYPES)[number] {
  return (LIVE_TYPES as readonly string[]).includes(type)
}

/** One stored answer, as the summary needs it. */
export interface AnswerRow {
  /** Anonymous, stable number of the answer (the database row id). */
  entry: number
  response: unknown
  hidden: boolean
}

function count<T>(items: readonly T[], pick: (item: T) => boolean) {
  return items.reduce((n, item) => n + (pick(item)
    ? 1
    : 0), 0)
}

/** Shortens a long label (a scenario situation) to fit a chart row. */
export function shortLabel(text: string, max = 24): string {
  const chars = [...text]
  return chars.length > max
    ? `${chars.slice(0, max - 1).join('')}…`
    : text
}

/** The text a participant wrote, as shown on the projector (action plans: the reflection and the steps). */
export function answerText(data: ExerciseData, response: unknown): string {
  if (data.type === 'rewrite')
    return (response as { text: string }).text.trim()
  if (data.type === 'role-play')
    return (response as RolePlayResponse).notes.trim()
  if (data.type === 'course-survey') {
    const survey = response as CourseSurveyResponse
    return data.questions.map(question => surveyAnswer(survey, question.id).trim()).filter(Boolean).join(' ')
  }
  if (data.type === 'action-plan') {
    const plan = response as ActionPlanResponse
    const steps = plan.steps.map(step => step.text.trim()).filter(Boolean)
    return [
      plan.competency
        ? `【${plan.competency}】`
        : '',
      steps.join('；'),
      plan.reflection.trim(),
    ].filter(Boolean).join(' ')
  }
  return ''
}

export function summarize(data: ExerciseData, answers: readonly AnswerRow[]): Summary {
  const responses = answers.map(answer => answer.response)
  switch (data.type) {
    case 'single-choice':
      return {
        kind: 'bars',
        groups: [
          {
            label: data.question,
            bars: data.options.map(option => ({
              label: option.text,
              correct: !!option.correct,
              count: count(responses, r => (r as { selected: string | null }).selected === option.id),
            })),
          },
        ],
      }
    case 'multiple-choice':
      return {
        kind: 'bars',
        groups: [
          {
            label: data.question,
            bars: data.options.map(option => ({
              label: option.text,
              correct: !!option.correct,
              count: count(responses, r => (r as { selected: string[] }).selected.includes(option.id)),
            })),
          },
        ],
      }
    case 'true-false':
      return {
        kind: 'bars',
        groups: [
          {
            label: data.statement,
            bars: [
              {
                label: '正确',
                correct: data.answer,
                count: count(responses, r => (r as { answer: boolean | null }).answer === true),
              },
              {
                label: '错误',
                correct: !data.answer,
                count: count(responses, r => (r as { answer: boolean | null }).answer === false),
              },
            ],
          },
        ],
      }
    case 'quiz':
      return {
        kind: 'bars',
        groups: data.items.map(item => ({
          label: item.question,
          bars: item.options.map(option => ({
            label: option.text,
            correct: !!option.correct,
            count: count(responses, r => (r as QuizResponse).answers[item.id] === option.id),
          })),
        })),
      }
    case 'matching':
      return {
        kind: 'bars',
        groups: data.prompts.map(prompt => ({
          label: prompt.text,
          bars: answerOrder(data).map(answer => ({
            label: answer.text,
            correct: matchOf(data.pairs, prompt.id) === answer.id,
            count: count(responses, r => matchOf((r as MatchingResponse).matches, prompt.id) === answer.id),
          })),
        })),
      }
    case 'scenario': {
      const taken = new Map<string, number>()
      const endings = new Map<string, number>()
      for (const response of responses) {
        const walk = walkScenario(data, (response as ScenarioResponse).path)
        for (const step of walk.steps)
          taken.set(step.choice.id, (taken.get(step.choice.id) ?? 0) + 1)
        if (walk.ending)
          endings.set(walk.ending.id, (endings.get(walk.ending.id) ?? 0) + 1)
      }
      const best = Math.max(...data.endings.map(ending => ending.score))
      return {
        kind: 'bars',
        groups: [
          ...data.nodes.map(node => ({
            label: shortLabel(node.situation, 40),
            bars: node.choices.map(choice => ({ label: choice.text, count: taken.get(choice.id) ?? 0 })),
          })),
          {
            label: '到达的结局',
            bars: data.endings.map(ending => ({ label: ending.title, correct: ending.score === best, count: endings.get(ending.id) ?? 0 })),
          },
        ],
      }
    }
    case 'ordering':
      return {
        kind: 'positions',
        items: data.items.map((item, index) => {
          const positions = responses.map(r => (r as OrderingResponse).order.indexOf(item.id)).filter(p => p >= 0)
          return {
            label: item.text,
            correctPosition: index + 1,
            mean: positions.length
              ? Math.round((positions.reduce((a, b) => a + b, 0) / positions.length + 1) * 10) / 10
              : 0,
            inPlace: count(positions, p => p === index),
          }
        }),
      }
    case 'rewrite':
    case 'action-plan':
    case 'role-play':
    case 'course-survey':
      return {
        kind: 'texts',
        entries: answers.map((answer): TextEntry => ({
          entry: answer.entry,
          text: answerText(data, answer.response),
          hidden: answer.hidden,
        })).filter(entry => entry.text),
      }
    case 'self-assessment':
      return {
        kind: 'radar',
        axes: data.dimensions.map((dimension) => {
          const ratings = responses.map(r => ratingOf(r as SelfAssessmentResponse, dimension.id)).filter((n): n is number => n !== undefined)
          return {
            label: dimension.label,
            value: ratings.length
              ? Math.round(ratings.reduce((a, b) => a + b, 0) / ratings.length * 10) / 10
              : null,
          }
        }),
      }
    case 'flashcards':
      return { kind: 'bars', groups: [] }
  }
}
