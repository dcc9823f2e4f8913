import type { RewriteData } from './kind.ts'
import { describe, expect, it, vi } from 'vitest'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile } from '../../schema.ts'
import { normalizeText, rewrite, rewriteReport, rewriteSchema } from './kind.ts'

const sample = {
  id: 'rewrite-sample',
  type: 'rewrite',
  title: '改写',
  original: '请按程序提交相关材料。',
  criteria: [
    {
      id: 'materials',
      label: '说清要带什么材料',
      keywords: ['身份证', '户口本'],
      points: 2,
      hint: '写出具体证件。',
    },
    {
      id: 'polite',
      label: '有称呼和礼貌',
      keywords: ['您'],
      points: 1,
      hint: '用“您”。',
    },
    {
      id: 'next',
      label: '说明下一步',
      keywords: ['帮您', 'ABC'],
      points: 1,
      hint: '说清下一步。',
    },
  ],
  avoid: ['按程序', '相关材料'],
  modelAnswers: ['您带上身份证，我帮您填表。', '请您带户口本来，我帮您办。'],
}
const data: RewriteData = rewriteSchema.parse(sample)
const answer = (text: string) => ({ text })

describe('rewrite scoring', () => {
  it('sums the points of the criteria whose keywords appear', () => {
    expect(rewrite.maxScore(data)).toBe(4)
    expect(rewrite.score(data, answer('您好'))).toBe(1)
    expect(rewrite.score(data, answer('带上户口本'))).toBe(2)
    expect(rewrite.score(data, answer('您带上身份证，我帮您填表。'))).toBe(4)
  })

  it('counts any one keyword of a criterion, once', () => {
    expect(rewrite.score(data, answer('身份证、户口本'))).toBe(2)
  })

  it('ignores white space, width and case when matching', () => {
    expect(normalizeText(' Ａ b\nC ')).toBe('abc')
    expect(rewrite.score(data, answer('身 份 证'))).toBe(2)
    expect(rewriteReport(data, 'ａｂｃ').met).toEqual(['next'])
  })

  it('takes one point per avoided phrase still in the text, never below zero', () => {
    expect(rewrite.score(data, answer('您按程序带身份证'))).toBe(2)
    expect(rewriteReport(data, '按程序提交相关材料，按程序').avoided).toEqual(['按程序', '相关材料'])
    expect(rewrite.score(data, answer('按程序提交相关材料'))).toBe(0)
    expect(rewrite.score({ ...data, penalty: 3 }, answer('您按程序带身份证'))).toBe(0)
  })

  it('treats empty or blank text as unanswered and worth nothing', () => {
    expect(rewrite.isAnswered(data, rewrite.emptyResponse(data))).toBe(false)
    expect(rewrite.isAnswered(data, answer('  \n '))).toBe(false)
    expect(rewrite.score(data, answer(''))).toBe(0)
    expect(rewriteReport(data, '   ')).toEqual({ met: [], avoided: [] })
    expect(rewrite.isAnswered(data, answer('好'))).toBe(true)
  })

  it('offers the first model answer as the solution, which earns full marks', () => {
    const solution = rewrite.solution(data)
    expect(solution).toEqual({ text: sample.modelAnswers[0] })
    expect(rewrite.score(data, solution)).toBe(rewrite.maxScore(data))
  })

  it('keeps every score within [0, max]', () => {
    for (const text of [
      '',
      '按程序相关材料',
      '您',
      '您身份证帮您按程序',
      '您户口本帮您',
      'x'.repeat(500),
    ]) {
      const score = rewrite.score(data, answer(text))
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(rewrite.maxScore(data))
    }
  })

  it('accepts only a response with one text string', () => {
    expect(rewrite.isResponse(data, { text: '' })).toBe(true)
    expect(rewrite.isResponse(data, { text: '您好' })).toBe(true)
    expect(rewrite.isResponse(data, { text: 1 })).toBe(false)
    expect(rewrite.isResponse(data, { text: 'a', extra: 1 })).toBe(false)
    expect(rewrite.isResponse(data, {
      text: 'x'.repeat(5000),
    })).toBe(false)
    expect(rewrite.isResponse(data, {})).toBe(false)
    expect(rewrite.isResponse(data, null)).toBe(false)
    expect(rewrite.isResponse(data, '您好')).toBe(false)
  })

  it('restores a serialized state to the same score and status', () => {
    exerciseStore.clear()
    const ex = useExercise(rewrite, data)
    ex.respond(answer('您带身份证，按程序办'))
    ex.check()
    expect(ex.status.value).toBe('partial')
    const saved = JSON.parse(JSON.stringify(ex.serialize()))
    const before = { score: ex.score.value, status: ex.status.value }
    ex.reset()
    expect(ex.status.value).toBe('unanswered')
    expect(ex.restore(saved)).toBe(true)
    expect({ score: ex.score.value, status: ex.status.value }).toEqual(before)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(ex.restore({
      ...saved,
      response: { text: 3 },
    })).toBe(false)
    warn.mockRestore()
    exerciseStore.clear()
  })
})

describe('rewrite schema', () => {
  const problems = (value: unknown) => validateExerciseFile('exercises/data/x.ts', [value]).problems

  it('accepts the sample', () => {
    expect(problems(sample)).toEqual([])
  })

  it('names file, exercise and field for each problem', () => {
    expect(problems({ ...sample, criteria: [] })).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › criteria: needs at least one criterion'])
    expect(problems({ ...sample, modelAnswers: [] })).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › modelAnswers: needs at least one model answer'])
    expect(problems({
      ...sample,
      criteria: [
        sample.criteria[0],
        { ...sample.criteria[1], keywords: [] },
      ],
    })).toContain('exercises/data/x.ts › exercise "rewrite-sample" › criteria[1].keywords: needs at least one keyword')
    expect(problems({
      ...sample,
      criteria: [
        sample.criteria[0],
        { ...sample.criteria[1], id: 'materials' },
      ],
    })).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › criteria[1].id: duplicate id "materials"'])
  })

  it('rejects a model answer that would not earn full marks', () => {
    expect(problems({
      ...sample,
      modelAnswers: ['您带身份证。'],
    })).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › modelAnswers[0]: model answer meets no keyword of criteria next'])
    expect(problems({
      ...sample,
      modelAnswers: ['您按程序带身份证，我帮您。'],
    })).toEqual(['exercises/data/x.ts › exercise "rewrite-sample" › modelAnswers[0]: model answer contains avoided phrases 按程序'])
  })
})
