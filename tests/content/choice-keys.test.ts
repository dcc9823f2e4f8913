/**
 * Key balance of every choice item (single choice, multiple choice, pre/post quiz items; true/false excluded):
 * the keyed option must not give itself away by being the longest, and keys must be spread over positions.
 * Options are shown in data order (exercises/shuffle.ts only scrambles matching answers and ordering
 * items), so the data order is what the learner sees.
 */
import type { ExerciseData } from '../../exercises/schema.ts'
import { describe, expect, it } from 'vitest'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'

interface ChoiceItem {
  id: string
  options: { text: string, correct?: boolean }[]
  /** Single answer (single choice, quiz item): its key's position counts for the spread. */
  single: boolean
}

/** Every choice item, once: a pre-test and its post-test hold the same items, counted once. */
export function choiceItems(exercises: Iterable<ExerciseData>): ChoiceItem[] {
  const out = new Map<string, ChoiceItem>()
  for (const exercise of exercises) {
    if (exercise.type === 'single-choice')
      out.set(exercise.id, { id: exercise.id, options: exercise.options, single: true })
    else if (exercise.type === 'multiple-choice')
      out.set(exercise.id, { id: exercise.id, options: exercise.options, single: false })
    else if (exercise.type === 'quiz')
      exercise.items.forEach(item => out.set(`quiz:${item.id}`, { id: item.id, options: item.options, single: true }))
  }
  return [
    ...out.values(),
  ]
}

/** Length as the learner reads it: characters without spaces and quotation marks. */
function shownLength(text: string) {
  return [
    ...text.replace(/[\s“”「」"]/g, ''),
  ].length
}

/**
 * The length gives the key away: every option of the greatest length is keyed (a key tied with a
 * distractor for longest does not stand out; for a multiple choice, the longest options are all correct).
 */
export function keyIsLongest(item: ChoiceItem): boolean {
  const longest = Math.max(...item.options.map(o => shownLength(o.text)))
  return item.options.filter(o => shownLength(o.text) === longest).every(o => o.correct)
}

const exercises = validateExerciseFiles(await loadExerciseFiles())
const items = choiceItems(exercises.values())

describe('choice items do not give their key away', () => {
  it('the checks catch a key that is always the longest and always in one place', () => {
    const give = {
      id: 'x',
      single: true,
      options: [
        { text: '短' },
        { text: '正确而且最长的选项', correct: true },
      ],
    }
    expect(keyIsLongest(give)).toBe(true)
    expect(keyIsLongest({
      ...give,
      options: [
        { text: '一个更长更长的错误选项' },
        { text: '正确的', correct: true },
      ],
    })).toBe(false)
    expect(keyIsLongest({
      ...give,
      options: [
        { text: '一样长' },
        { text: '一样长', correct: true },
      ],
    })).toBe(false)
  })

  it(`the keyed option is the longest in at most 40 % of the ${items.length} choice items`, () => {
    const longest = items.filter(keyIsLongest)
    expect(items.length).toBeGreaterThanOrEqual(25)
    expect(longest.length / items.length, `key is the longest in: ${longest.map(i => i.id).join(', ')}`).toBeLessThanOrEqual(0.4)
  })

  it('keys are spread over positions: no position holds more than 40 % of the single-answer keys', () => {
    const counts = new Map<number, number>()
    const single = items.filter(item => item.single)
    for (const item of single) {
      const at = item.options.findIndex(o => o.correct)
      counts.set(at, (counts.get(at) ?? 0) + 1)
    }
    const spread = Object.fromEntries([...counts].sort(([a], [b]) => a - b).map(([at, n]) => [
      String.fromCharCode(65 + at),
      n,
    ]))
    for (const n of counts.values())
      expect(n / single.length, JSON.stringify(spread)).toBeLessThanOrEqual(0.4)
    expect(counts.size, JSON.stringify(spread)).toBeGreaterThanOrEqual(4)
  })

  it('the pre/post test is a bank of at least 16 four-option scenario items', () => {
    const pre = [
      ...exercises.values(),
    ].find(e => e.type === 'quiz' && e.phase === 'pre')
    expect(pre?.type).toBe('quiz')
    if (pre?.type !== 'quiz')
      return
    expect(pre.items.length).toBeGreaterThanOrEqual(16)
    expect(pre.items.filter(item => item.options.length !== 4).map(item => item.id)).toEqual([])
  })

  it('shares no stem with a practice exercise', () => {
    const stems = (e: ExerciseData): string[] => {
      if (e.type === 'quiz')
        return []
      const any = e as Record<string, unknown>
      return [
        'question',
        'statement',
        'situation',
        'original',
        'scene',
      ].map(k => any[k]).filter((v): v is string => typeof v === 'string')
    }
    const practice = [
      ...exercises.values(),
    ].flatMap(stems).map(s => s.replace(/\s/g, ''))
    const quiz = [
      ...exercises.values(),
    ].flatMap(e => e.type === 'quiz'
      ? e.items.map(i => i.question.replace(/\s/g, ''))
      : [])
    // a shared stem = any 20-character run of a quiz question found in a practice stem (shorter runs are
    // stock phrases such as 工作人员最恰当的做法是哪一项)
    const RUN = 20
    const shared = [
      ...new Set(quiz),
    ].filter(q => [...q].some((_, i) => i + RUN <= q.length && practice.some(p => p.includes(q.slice(i, i + RUN)))))
    expect(shared).toEqual([])
  })
})
