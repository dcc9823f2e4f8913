/**
 * 反思与行动计划 (action plan): unscored. The learner picks a competency to improve, writes one to three
 * dated steps, who can support them, how they will know it is done, and a reflection. Checking reports
 * what is missing or too vague; the worked example in the data is the solution and the answer key.
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { idSchema, textSchema } from '../../schema-parts.ts'

export const MAX_STEPS = 3
/** Longest text kept in one field (the inputs have the same `maxlength`). */
export const PLAN_FIELD_MAX_LENGTH = 200
/** A step with fewer characters than this (white space not counted) is too vague. */
export const MIN_STEP_LENGTH = 6

/** Words of a slogan: a step made of these without a concrete action or number is too vague. */
export const SLOGAN_WORDS = [
  '加强',
  '提高',
  '提升',
  '增强',
  '强化',
  '进一步',
  '努力',
  '争取',
  '注重',
  '改善',
  '改进',
  '做好',
  '深入',
  '不断',
  '切实',
  '积极',
  '认真',
  '全面',
] as const
/** Concrete actions that make a step executable even when it also uses a slogan word. */
export const ACTION_WORDS = [
  '走访',
  '入户',
  '上门',
  '打电话',
  '回访',
  '记录',
  '整理',
  '参加',
  '旁听',
  '请教',
  '阅读',
  '列出',
  '练习',
  '复盘',
  '跟班',
  '召开',
  '组织',
  '登记',
  '制作',
  '建立',
  '写下',
  '读完',
  '背熟',
  '约谈',
  '蹲点',
] as const
/** A number, or a Chinese numeral / 每 followed by a measure word (每周、3 户、一次). */
const CONCRETE_PATTERN = /\d|[一二两三四五六七八九十百几每半][次户人天日周月年个条件篇本场位家趟遍名项份]/

const datePattern = /^\d{4}-\d{2}-\d{2}$/
const dateSchema = z.string().regex(datePattern, 'must be a date like 2025-12-31')

export const actionPlanSchema = z.strictObject({
  id: idSchema,
  type: z.literal('action-plan'),
  title: textSchema,
  /** The competencies to choose from (the eight of module 2). */
  competencies: z.array(textSchema).min(2, 'needs at least two competencies'),
  /** A worked example plan: the solution and the answer key. */
  example: z.strictObject({
    competency: textSchema,
    steps: z.array(z.strictObject({ text: textSchema, date: dateSchema })).min(1).max(MAX_STEPS),
    support: textSchema,
    evidence: textSchema,
    reflection: textSchema,
  }),
}).superRefine((data, ctx) => {
  const seen = new Set<string>()
  data.competencies.forEach((name, index) => {
    if (seen.has(name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['competencies', index],
        message: `duplicate competency "${name}"`,
      })
    }
    seen.add(name)
  })
  if (!data.competencies.includes(data.example.competency)) {
    ctx.addIssue({
      code: 'custom',
      path: ['example', 'competency'],
      message: `"${data.example.competency}" is not one of the competencies`,
    })
  }
  data.example.steps.forEach((step, index) => {
    if (isVagueStep(step.text)) {
      ctx.addIssue({
        code: 'custom',
        path: ['example', 'steps', index, 'text'],
        message: 'the example step is too vague (too short, or a slogan without a concrete action)',
      })
    }
  })
})

export type ActionPlanData = z.infer<typeof actionPlanSchema>

const fieldSchema = z.string().max(PLAN_FIELD_MAX_LENGTH * 2)
const responseSchema = z.strictObject({
  competency: z.string().nullable(),
  steps: z.array(z.strictObject({
    text: fieldSchema,
    date: z.union([
      z.literal(''),
      z.string().regex(datePattern),
    ]),
  })).min(1).max(MAX_STEPS),
  support: fieldSchema,
  evidence: fieldSchema,
  reflection: z.string().max(PLAN_FIELD_MAX_LENGTH * 4),
})
export type ActionPlanResponse = z.infer<typeof responseSchema>
export type ActionPlanStep = ActionPlanResponse['steps'][number]

function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Whether a step is too vague to act on: too short, or a slogan (加强、提高……) without a concrete action or number. */
export function isVagueStep(text: string): boolean {
  const plain = compact(text.normalize('NFKC'))
  if ([...plain].length < MIN_STEP_LENGTH)
    return true
  const slogan = SLOGAN_WORDS.some(word => plain.includes(word))
  const concrete = CONCRETE_PATTERN.test(plain) || ACTION_WORDS.some(word => plain.includes(word))
  return slogan && !concrete
}

/** A step with both its text and its date. */
export function isCompleteStep(step: ActionPlanStep): boolean {
  return compact(step.text).length > 0 && step.date !== ''
}

/** One thing to fix or add, with the part of the form it concerns. */
export interface PlanIssue {
  field: 'competency' | 'steps' | 'support' | 'evidence' | 'reflection'
  /** 0-based step index for step issues. */
  step?: number
  /** Required for the plan to count as answered, or only a suggestion. */
  required: boolean
  message: string
}

/** What is missing or too vague in a plan, in the order of the form (learner-facing Chinese messages). */
export function planIssues(response: ActionPlanResponse): PlanIssue[] {
  const issues: PlanIssue[] = []
  if (!response.competency)
    issues.push({ field: 'competency', required: true, message: '还没有选择要提升的能力' })
  const hasComplete = response.steps.some(isCompleteStep)
  response.steps.forEach((step, index) => {
    const n = index + 1
    const hasText = compact(step.text).length > 0
    if (hasText && !step.date) {
      issues.push({
        field: 'steps',
        step: index,
        required: !hasComplete,
        message: `第 ${n} 步还没有完成日期`,
      })
    }
    else if (!hasText && step.date) {
      issues.push({
        field: 'steps',
        step: index,
        required: !hasComplete,
        message: `第 ${n} 步还没有写做什么`,
      })
    }
    if (hasText && isVagueStep(step.text)) {
      issues.push({
        field: 'steps',
        step: index,
        required: false,
        message: `第 ${n} 步太笼统，写清做什么、做多少`,
      })
    }
  })
  if (!hasComplete && !response.steps.some(step => compact(step.text) || step.date))
    issues.push({ field: 'steps', required: true, message: '至少写一步，并填上完成日期' })
  if (!compact(response.evidence))
    issues.push({ field: 'evidence', required: true, message: '还没有写怎样算做到了' })
  if (!compact(response.support))
    issues.push({ field: 'support', required: false, message: '可以写上谁能支持你' })
  if (!compact(response.reflection))
    issues.push({ field: 'reflection', required: false, message: '可以写几句反思' })
  return issues
}

export const actionPlan: ExerciseKind<ActionPlanData, ActionPlanResponse> = {
  type: 'action-plan',
  responseVersion: 1,
  emptyResponse: () => ({
    competency: null,
    steps: [
      { text: '', date: '' },
    ],
    support: '',
    evidence: '',
    reflection: '',
  }),
  isAnswered: (_data, response) => !!response.competency && response.steps.some(isCompleteStep) && compact(response.evidence).length > 0,
  score: () => 0,
  maxScore: () => 0,
  solution: data => JSON.parse(JSON.stringify(data.example)) as ActionPlanResponse,
  isResponse: (data, value): value is ActionPlanResponse => {
    const parsed = responseSchema.safeParse(value)
    return parsed.success && (parsed.data.competency === null || data.competencies.includes(parsed.data.competency))
  },
}
