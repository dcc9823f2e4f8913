/**
 * 排序 (ordering): put steps in the right order. The data lists the items in the correct order; the
 * learner starts from a fixed scramble of them (seeded by the exercise id, never the solved order, no
 * item in its own place) and moves items up and down.
 *
 * Scoring: one point per item in its correct position; max = number of items; some but not all in
 * place is `partial`. (Position scoring is simple to explain in a room: "three of five steps are in the
 * right place". It does not reward a block of steps that is in order but shifted.) The learner can check
 * after the first move; until then the response is empty and the scramble is shown.
 */
import type { z as zod } from 'zod'
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'
import { scramble } from '../../shuffle.ts'

/** Fewer cannot be scrambled meaningfully; more does not fit one 980 × 552 slide with the solution shown. */
export const MIN_ITEMS = 3
export const MAX_ITEMS = 5

function checkUniqueTexts(items: readonly { text: string }[], ctx: zod.RefinementCtx): void {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const text = item.text.trim()
    if (seen.has(text)) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'text'],
        message: `duplicate text "${text}"`,
      })
    }
    seen.add(text)
  })
}

export const orderingSchema = z.strictObject({
  id: idSchema,
  type: z.literal('ordering'),
  title: textSchema,
  /** The instruction shown above the list. */
  question: textSchema,
  /** The steps, in the correct order. */
  items: z.array(z.strictObject({
    id: idSchema,
    text: textSchema,
  }))
    .min(MIN_ITEMS, `needs at least ${MIN_ITEMS} items`)
    .max(MAX_ITEMS, `at most ${MAX_ITEMS} items fit one slide`),
  /** Why this order: shown with the solution and in the answer key. */
  rationale: textSchema,
}).superRefine((data, ctx) => {
  checkUniqueIds(data.items, ctx, ['items'])
  checkUniqueTexts(data.items, ctx)
})

export type OrderingData = z.infer<typeof orderingSchema>

/** The learner's order of item ids, first to last; empty until the learner moves an item. */
export interface OrderingResponse {
  order: string[]
}

/** The order the learner starts from: a fixed scramble of the correct order (never the correct order). */
export function initialOrder(data: OrderingData): string[] {
  return scramble(data.items.map(item => item.id), data.id)
}

/** The order to show for `response`: the learner's own, or the starting scramble while it is empty. */
export function displayOrder(data: OrderingData, response: OrderingResponse): string[] {
  return response.order.length
    ? response.order
    : initialOrder(data)
}

/** `order` with the item at `index` moved by `delta` places (clamped to the list); a new array. */
export function moveItem(order: readonly string[], index: number, delta: number): string[] {
  const next = [
    ...order,
  ]
  if (index < 0 || index >= next.length)
    return next
  const target = Math.min(Math.max(index + delta, 0), next.length - 1)
  const [item] = next.splice(index, 1)
  next.splice(target, 0, item!)
  return next
}

/** Whether the item at `index` of `order` is where the solution has it. */
export function isInPlace(data: OrderingData, order: readonly string[], index: number): boolean {
  return data.items[index]?.id === order[index]
}

export const ordering: ExerciseKind<OrderingData, OrderingResponse> = {
  type: 'ordering',
  responseVersion: 1,
  emptyResponse: () => ({ order: [] }),
  isAnswered: (data, response) => response.order.length === data.items.length,
  score: (data, response) => response.order.filter((_, index) => isInPlace(data, response.order, index)).length,
  maxScore: data => data.items.length,
  solution: data => ({
    order: data.items.map(item => item.id),
  }),
  isResponse: (data, value): value is OrderingResponse => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length !== 1)
      return false
    const order = (value as { order?: unknown }).order
    if (!Array.isArray(order))
      return false
    if (order.length === 0)
      return true
    const ids = new Set(data.items.map(item => item.id))
    return order.length === ids.size && new Set(order).size === order.length && order.every(id => typeof id === 'string' && ids.has(id))
  },
}
