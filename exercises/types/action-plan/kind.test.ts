import type { ActionPlanData, ActionPlanResponse } from './kind.ts'
import { describe, expect, it, vi } from 'vitest'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile } from '../../schema.ts'
import { actionPlan, actionPlanSchema, isVagueStep, planIssues } from './kind.ts'

const sample = {
  id: 'plan-sample',
  type: 'action-plan',
  title: '行动计划',
  competencies: ['沟通能力', '服务能力'],
  example: {
    competency: '沟通能力',
    steps: [
      { text: '每周走访 3 户独居老人', date: '2026-12-31' },
    ],
    support: '同事',
    evidence: '回访满意',
    reflection: '要多听。',
  },
}
const data: ActionPlanData = actionPlanSchema.parse(sample)

function plan(patch: Partial<ActionPlanResponse> = {}): ActionPlanResponse {
  return {
    competency: '沟通能力',
    steps: [
      { text: '每周走访 3 户独居老人', date: '2026-12-31' },
    ],
    support: '科长',
    evidence: '一个月走访 12 户',
    reflection: '先听后说。',
    ...patch,
  }
}
const messages = (response: ActionPlanResponse) => planIssues(response).map(issue => issue.message)

describe('action plan (unscored)', () => {
  it('is unscored: max 0 and every response scores 0', () => {
    expect(actionPlan.maxScore(data)).toBe(0)
    expect(actionPlan.score(data, plan())).toBe(0)
    expect(actionPlan.score(data, actionPlan.emptyResponse(data))).toBe(0)
  })

  it('is answered with a competency, one step with text and date, and 怎样算做到了', () => {
    expect(actionPlan.isAnswered(data, plan())).toBe(true)
    expect(actionPlan.isAnswered(data, plan({ support: '', reflection: '' }))).toBe(true)
    expect(actionPlan.isAnswered(data, plan({ competency: null }))).toBe(false)
    expect(actionPlan.isAnswered(data, plan({ evidence: '  ' }))).toBe(false)
    expect(actionPlan.isAnswered(data, plan({
      steps: [
        { text: '每周走访', date: '' },
      ],
    }))).toBe(false)
    expect(actionPlan.isAnswered(data, plan({
      steps: [
        { text: ' ', date: '2026-12-31' },
      ],
    }))).toBe(false)
    expect(actionPlan.isAnswered(data, plan({
      steps: [
        { text: '写', date: '' },
        { text: '每周走访', date: '2026-12-01' },
      ],
    }))).toBe(true)
    expect(actionPlan.isAnswered(data, actionPlan.emptyResponse(data))).toBe(false)
  })

  it('reports nothing for a complete, concrete plan', () => {
    expect(planIssues(plan())).toEqual([])
  })

  it('names what is missing in an empty plan', () => {
    expect(messages(actionPlan.emptyResponse(data))).toEqual([
      '还没有选择要提升的能力',
      '至少写一步，并填上完成日期',
      '还没有写怎样算做到了',
      '可以写上谁能支持你',
      '可以写几句反思',
    ])
    expect(planIssues(actionPlan.emptyResponse(data)).filter(i => i.required).map(i => i.field)).toEqual(['competency', 'steps', 'evidence'])
  })

  it('flags a step without a date, a date without a step, and a vague step', () => {
    const issues = planIssues(plan({
      steps: [
        { text: '每周走访 3 户独居老人', date: '2026-12-31' },
        { text: '每天记录接待情况', date: '' },
        { text: '', date: '2026-12-01' },
        { text: '加强沟通', date: '2026-12-01' },
      ],
    }))
    expect(issues.map(i => i.message)).toEqual([
      '第 2 步还没有完成日期',
      '第 3 步还没有写做什么',
      '第 4 步太笼统，写清做什么、做多少',
    ])
    // Another step is complete, so these only improve the plan.
    expect(issues.every(i => !i.required)).toBe(true)
    expect(issues.map(i => i.step)).toEqual([1, 2, 3])
    expect(planIssues(plan({
      steps: [
        { text: '每天记录接待情况', date: '' },
      ],
    }))[0]).toMatchObject({ required: true, step: 0 })
  })

  it('calls a step vague when it is short or only a slogan', () => {
    expect(isVagueStep('走访老人')).toBe(true)
    expect(isVagueStep('加强与群众的沟通')).toBe(true)
    expect(isVagueStep('进一步提高服务意识')).toBe(true)
    expect(isVagueStep('提 高 服 务 意 识')).toBe(true)
    expect(isVagueStep('加强沟通，每周走访 3 户')).toBe(false)
    expect(isVagueStep('提高效率，列出常见问题清单')).toBe(false)
    expect(isVagueStep('每周五复盘一次本周接待')).toBe(false)
    expect(isVagueStep('走访辖区独居老人')).toBe(false)
  })

  it('offers the worked example as its solution, which is answered and has no required gaps', () => {
    const solution = actionPlan.solution(data)
    expect(solution).toEqual(sample.example)
    expect(actionPlan.isAnswered(data, solution)).toBe(true)
    expect(planIssues(solution)).toEqual([])
    expect(actionPlan.score(data, solution)).toBe(actionPlan.maxScore(data))
    solution.steps[0]!.text = 'changed'
    expect(data.example.steps[0]!.text).not.toBe('changed')
  })

  it('accepts only well-formed plans', () => {
    expect(actionPlan.isResponse(data, plan())).toBe(true)
    expect(actionPlan.isResponse(data, actionPlan.emptyResponse(data))).toBe(true)
    expect(actionPlan.isResponse(data, plan({ competency: '外星能力' }))).toBe(false)
    expect(actionPlan.isResponse(data, plan({ steps: [] }))).toBe(false)
    expect(actionPlan.isResponse(data, plan({
      steps: Array.from({ length: 4 }, () => ({ text: '', date: '' })),
    }))).toBe(false)
    expect(actionPlan.isResponse(data, plan({
      steps: [
        { text: 'a', date: '31/12/2026' },
      ],
    }))).toBe(false)
    expect(actionPlan.isResponse(data, {
      ...plan(),
      extra: 1,
    })).toBe(false)
    expect(actionPlan.isResponse(data, {
      ...plan(),
      evidence: undefined,
    })).toBe(false)
    expect(actionPlan.isResponse(data, null)).toBe(false)
    expect(actionPlan.isResponse(data, '{bad')).toBe(false)
  })

  it('restores a serialized state; checking an unscored plan reports answered', () => {
    exerciseStore.clear()
    const ex = useExercise(actionPlan, data)
    ex.respond(plan())
    ex.check()
    expect(ex.status.value).toBe('answered')
    expect(ex.checked.value).toBe(true)
    const saved = JSON.parse(JSON.stringify(ex.serialize()))
    ex.reset()
    expect(ex.restore(saved)).toBe(true)
    expect(ex.status.value).toBe('answered')
    expect(ex.response.value).toEqual(plan())
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(ex.restore({
      ...saved,
      response: {
        ...plan(),
        steps: 'x',
      },
    })).toBe(false)
    warn.mockRestore()
    exerciseStore.clear()
  })
})

describe('action plan schema', () => {
  const problems = (value: unknown) => validateExerciseFile('exercises/data/x.ts', [value]).problems

  it('accepts the sample', () => {
    expect(problems(sample)).toEqual([])
  })

  it('names file, exercise and field for each problem', () => {
    expect(problems({
      ...sample,
      example: { ...sample.example, competency: '唱歌' },
    })).toEqual(['exercises/data/x.ts › exercise "plan-sample" › example.competency: "唱歌" is not one of the competencies'])
    expect(problems({
      ...sample,
      example: {
        ...sample.example,
        steps: [
          { text: '加强沟通', date: '2026-12-31' },
        ],
      },
    })).toEqual(['exercises/data/x.ts › exercise "plan-sample" › example.steps[0].text: the example step is too vague (too short, or a slogan without a concrete action)'])
    expect(problems({
      ...sample,
      example: {
        ...sample.example,
        steps: [
          { text: '每周走访 3 户', date: '下周' },
        ],
      },
    })).toEqual(['exercises/data/x.ts › exercise "plan-sample" › example.steps[0].date: must be a date like 2025-12-31'])
    expect(problems({
      ...sample,
      competencies: ['沟通能力', '沟通能力'],
    })).toEqual(['exercises/data/x.ts › exercise "plan-sample" › competencies[1]: duplicate competency "沟通能力"'])
  })
})
