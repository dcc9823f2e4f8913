/**
 * 改写 (rewrite): the learner rewrites a bureaucratic sentence (官腔) in plain words (群众语言).
 * Free text, scored in the spirit of H5P Essay: each criterion earns its points when any of its
 * keywords appears; each avoided phrase still in the text costs `penalty` points (default 1).
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { clampScore } from '../../contract.ts'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

/** Longest answer kept (the textarea has the same `maxlength`). */
export const REWRITE_MAX_LENGTH = 100

/** Text as it is compared: width variants folded (NFKC), white space removed, Latin letters lower-cased. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

const criterionSchema = z.strictObject({
  id: idSchema,
  /** What the rewrite should do, e.g. 说清要带什么材料. */
  label: textSchema,
  /** Any one of these in the answer meets the criterion. */
  keywords: z.array(textSchema).min(1, 'needs at least one keyword'),
  points: z.number().int().positive(),
  /** Shown when the criterion is not met: how to meet it. */
  hint: textSchema,
})

export const rewriteSchema = z.strictObject({
  id: idSchema,
  type: z.literal('rewrite'),
  title: textSchema,
  /** Who says it to whom, in one short sentence. */
  situation: textSchema.optional(),
  /** The bureaucratic sentence to rewrite. */
  original: textSchema,
  criteria: z.array(criterionSchema).min(1, 'needs at least one criterion'),
  /** 官腔 phrases that cost points when they are still in the answer. */
  avoid: z.array(textSchema),
  /** Points lost per avoided phrase found (default 1). */
  penalty: z.number().int().positive().optional(),
  /** Good rewrites; the first is the solution. Each must meet every criterion and avoid every phrase. */
  modelAnswers: z.array(textSchema).min(1, 'needs at least one model answer'),
}).superRefine((data, ctx) => {
  checkUniqueIds(data.criteria, ctx, ['criteria'])
  data.modelAnswers.forEach((answer, index) => {
    const report = rewriteReport(data, answer)
    const missed = data.criteria.filter(c => !report.met.includes(c.id)).map(c => c.id)
    if (missed.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['modelAnswers', index],
        message: `model answer meets no keyword of criteria ${missed.join(', ')}`,
      })
    }
    if (report.avoided.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['modelAnswers', index],
        message: `model answer contains avoided phrases ${report.avoided.join(', ')}`,
      })
    }
  })
})

export type RewriteData = z.infer<typeof rewriteSchema>

const responseSchema = z.strictObject({
  text: z.string().max(REWRITE_MAX_LENGTH * 4),
})
export type RewriteResponse = z.infer<typeof responseSchema>

/** Which criteria an answer meets and which avoided phrases it contains. */
export function rewriteReport(data: Pick<RewriteData, 'criteria' | 'avoid'>, text: string): { met: string[], avoided: string[] } {
  const plain = normalizeText(text)
  if (!plain)
    return { met: [], avoided: [] }
  return {
    met: data.criteria.filter(c => c.keywords.some(k => plain.includes(normalizeText(k)))).map(c => c.id),
    avoided: [
      ...new Set(data.avoid.filter(phrase => plain.includes(normalizeText(phrase)))),
    ],
  }
}

function maxScore(data: RewriteData): number {
  return data.criteria.reduce((sum, c) => sum + c.points, 0)
}

export const rewrite: ExerciseKind<RewriteData, RewriteResponse> = {
  type: 'rewrite',
  responseVersion: 1,
  emptyResponse: () => ({ text: '' }),
  isAnswered: (_data, response) => normalizeText(response.text).length > 0,
  score: (data, response) => {
    const report = rewriteReport(data, response.text)
    const earned = data.criteria.filter(c => report.met.includes(c.id)).reduce((sum, c) => sum + c.points, 0)
    return clampScore(earned - report.avoided.length * (data.penalty ?? 1), maxScore(data))
  },
  maxScore,
  solution: data => ({ text: data.modelAnswers[0] ?? '' }),
  isResponse: (_data, value): value is RewriteResponse => responseSchema.safeParse(value).success,
}
