import type { MatchingData, MatchingResponse } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { expectRestoredAfterCheck } from '../../../tests/lib/contract-invariants.ts'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile } from '../../schema.ts'
import { answerOrder, isPairCorrect, letterAt, matching, matchingSchema, matchOf } from './kind.ts'

function raw() {
  return {
    id: 'match-sample',
    type: 'matching',
    title: '样题',
    question: '请把左右两栏配对。',
    prompts: [
      { id: 'old', text: '老年人' },
      { id: 'young', text: '青年上班族' },
      { id: 'firm', text: '企业' },
    ],
    answers: [
      { id: 'visit', text: '上门走访' },
      { id: 'online', text: '线上问卷' },
      { id: 'forum', text: '政企座谈' },
      { id: 'wait', text: '坐等上门' },
    ],
    pairs: { old: 'visit', young: 'online', firm: 'forum' },
    rationale: '因人而异。',
  }
}

const data: MatchingData = matchingSchema.parse(raw())

function response(matches: Record<string, string>): MatchingResponse {
  return { matches }
}

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

describe('matching scoring', () => {
  it('gives one point per correct pair; max is the number of prompts', () => {
    expect(matching.maxScore(data)).toBe(3)
    expect(matching.score(data, response({ old: 'visit', young: 'online', firm: 'forum' }))).toBe(3)
    expect(matching.score(data, response({ old: 'visit', young: 'forum', firm: 'online' }))).toBe(1)
    expect(matching.score(data, response({ old: 'wait', young: 'wait', firm: 'wait' }))).toBe(0)
  })

  it('scores a partial or empty response without error, and needs every prompt matched to be answered', () => {
    expect(matching.score(data, response({ old: 'visit' }))).toBe(1)
    expect(matching.isAnswered(data, response({ old: 'visit' }))).toBe(false)
    expect(matching.isAnswered(data, response({ old: 'wait', young: 'wait', firm: 'wait' }))).toBe(true)
    expect(matching.score(data, matching.emptyResponse(data))).toBe(0)
    expect(matching.isAnswered(data, matching.emptyResponse(data))).toBe(false)
  })

  it('keeps every score within [0, max] over all complete responses', () => {
    const ids = data.answers.map(a => a.id)
    for (const a of ids) {
      for (const b of ids) {
        for (const c of ids) {
          const score = matching.score(data, response({ old: a, young: b, firm: c }))
          expect(score).toBeGreaterThanOrEqual(0)
          expect(score).toBeLessThanOrEqual(matching.maxScore(data))
        }
      }
    }
  })

  it('offers the pairs as its solution, which earns full marks', () => {
    const solution = matching.solution(data)
    expect(solution).toEqual(response({ old: 'visit', young: 'online', firm: 'forum' }))
    expect(matching.score(data, solution)).toBe(matching.maxScore(data))
    expect(matching.isAnswered(data, solution)).toBe(true)
    expect(matching.isResponse(data, solution)).toBe(true)
  })

  it('judges each pair on its own, and ignores inherited properties', () => {
    expect(isPairCorrect(data, response({ old: 'visit' }), 'old')).toBe(true)
    expect(isPairCorrect(data, response({ old: 'visit' }), 'young')).toBe(false)
    expect(matchOf({}, 'constructor')).toBeUndefined()
    expect(matchOf({ toString: 'x' }, 'toString')).toBe('x')
  })

  it('accepts only responses that match existing prompts to existing answers', () => {
    expect(matching.isResponse(data, response({}))).toBe(true)
    expect(matching.isResponse(data, response({ old: 'visit' }))).toBe(true)
    expect(matching.isResponse(data, response({ nobody: 'visit' }))).toBe(false)
    expect(matching.isResponse(data, response({ old: 'nothing' }))).toBe(false)
    expect(matching.isResponse(data, {
      matches: { old: 1 },
    })).toBe(false)
    expect(matching.isResponse(data, { matches: [] })).toBe(false)
    expect(matching.isResponse(data, { matches: {}, extra: true })).toBe(false)
    expect(matching.isResponse(data, JSON.parse('{"matches":{"__proto__":"visit"}}'))).toBe(false)
    expect(matching.isResponse(data, null)).toBe(false)
    expect(matching.isResponse(data, 'old')).toBe(false)
  })

  it('shows the answers in a fixed scramble, never in the data order, lettered A, B, C …', () => {
    const order = answerOrder(data)
    expect(order).toEqual(answerOrder(data))
    expect(order.map(a => a.id).sort()).toEqual(data.answers.map(a => a.id).sort())
    order.forEach((answer, index) => expect(answer).not.toBe(data.answers[index]))
    expect([0, 1, 2].map(letterAt)).toEqual(['A', 'B', 'C'])
  })
})

describe('matching through the shared contract', () => {
  afterEach(() => exerciseStore.clear())

  it('restores a serialized state to the same score and status', () => {
    expect(expectRestoredAfterCheck(matching, data, response({ old: 'visit', young: 'forum', firm: 'online' }))).toEqual({ score: 1, status: 'partial' })
  })

  it('reports correct and incorrect', () => {
    const ex = useExercise(matching, data)
    ex.respond(matching.solution(data))
    ex.check()
    expect(ex.status.value).toBe('correct')
    ex.retry()
    ex.respond(response({ old: 'wait', young: 'wait', firm: 'wait' }))
    ex.check()
    expect(ex.status.value).toBe('incorrect')
  })
})

describe('matching schema', () => {
  it('accepts valid data', () => {
    expect(problemsOf(raw())).toEqual([])
  })

  it('rejects a pair pointing to a missing answer or a missing prompt, naming the pair', () => {
    expect(problemsOf({
      ...raw(),
      pairs: { old: 'visit', young: 'online', firm: 'nowhere' },
    })).toEqual(['exercises/data/x.ts › exercise "match-sample" › pairs.firm: points to an answer that does not exist: no answer has id "nowhere"'])
    expect(problemsOf({
      ...raw(),
      pairs: {
        old: 'visit',
        young: 'online',
        firm: 'forum',
        ghost: 'visit',
      },
    })).toEqual(['exercises/data/x.ts › exercise "match-sample" › pairs.ghost: pairs a prompt that does not exist: no prompt has id "ghost"'])
  })

  it('rejects a prompt without a pair', () => {
    expect(problemsOf({
      ...raw(),
      pairs: { old: 'visit', young: 'online' },
    })).toEqual(['exercises/data/x.ts › exercise "match-sample" › pairs: prompt "firm" has no pair'])
  })

  it('rejects duplicate ids and duplicate texts', () => {
    const item = raw()
    item.prompts[1]!.id = 'old'
    expect(problemsOf(item)).toContain('exercises/data/x.ts › exercise "match-sample" › prompts[1].id: duplicate id "old"')
    const again = raw()
    again.answers[3]!.id = 'visit'
    expect(problemsOf(again)).toContain('exercises/data/x.ts › exercise "match-sample" › answers[3].id: duplicate id "visit"')
    const text = raw()
    text.answers[1]!.text = '上门走访'
    expect(problemsOf(text)).toEqual(['exercises/data/x.ts › exercise "match-sample" › answers[1].text: duplicate text "上门走访"'])
  })

  it('rejects empty text, unknown fields and too few or too many items', () => {
    const item = raw()
    item.prompts[0]!.text = '  '
    expect(problemsOf(item)).toEqual(['exercises/data/x.ts › exercise "match-sample" › prompts[0].text: must not be empty'])
    expect(problemsOf({
      ...raw(),
      hint: '提示',
    })[0]).toMatch(/exercise "match-sample" › \(root\): .*hint/)
    const extra = raw()
    Object.assign(extra.answers[0]!, { correct: true })
    expect(problemsOf(extra)[0]).toMatch(/answers\[0\]: .*correct/)
    expect(problemsOf({
      ...raw(),
      prompts: [
        { id: 'old', text: '老年人' },
      ],
      pairs: { old: 'visit' },
    })).toEqual(['exercises/data/x.ts › exercise "match-sample" › prompts: needs at least two prompts'])
    const many = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, text: `第 ${i} 项` }))
    expect(problemsOf({
      ...raw(),
      prompts: many,
      pairs: Object.fromEntries(many.map(p => [p.id, 'visit'])),
    })).toEqual(['exercises/data/x.ts › exercise "match-sample" › prompts: at most 5 prompts fit one slide'])
  })

  it('rejects empty title, question or rationale', () => {
    expect(problemsOf({
      ...raw(),
      rationale: '',
    })).toEqual(['exercises/data/x.ts › exercise "match-sample" › rationale: must not be empty'])
  })
})
