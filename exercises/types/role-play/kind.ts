/**
 * 角色扮演 (role-play): three to a group — 工作人员 (worker), 群众 (resident), 观察员 (observer) — act a
 * scene in timed steps, then rotate roles. Unscored (maxScore 0): the learner's response is what the
 * observer saw (the checklist items ticked) and their notes. 检查答案 marks the observation done;
 * the debrief questions stand in for a solution.
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

/** A role-play with briefing, acting, rotation and debrief takes at least this long (issue 11). */
export const ROLE_PLAY_MIN_MINUTES = 15
export const CHECKLIST_MIN = 4
export const CHECKLIST_MAX = 8
/** Longest observer notes kept (the textarea has the same `maxlength`). */
export const ROLE_PLAY_NOTES_MAX_LENGTH = 500

/** The three roles, in the order the data lists them, with their Chinese titles. */
export const ROLE_PLAY_ROLES = ['worker', 'resident', 'observer'] as const
export type RolePlayRole = (typeof ROLE_PLAY_ROLES)[number]
export const ROLE_TITLES: Readonly<Record<RolePlayRole, string>> = {
  worker: '工作人员',
  resident: '群众',
  observer: '观察员',
}

function roleSchema<R extends RolePlayRole>(role: R, index: number) {
  return z.strictObject({
    role: z.literal(role, { error: `must be "${role}": the roles are worker, resident, observer, in this order (this is role ${index + 1})` }),
    /** Who the learner plays, e.g. 社区网格员小李. */
    name: textSchema,
    /** What the player knows and wants, one point a line. */
    card: z.array(textSchema).min(1, 'needs at least one line'),
  })
}

export const rolePlaySchema = z.strictObject({
  id: idSchema,
  type: z.literal('role-play'),
  title: textSchema,
  /** The situation everyone reads first. */
  scene: textSchema,
  /** The timed steps (briefing, acting, rotation, debrief); together at least 15 minutes. */
  steps: z.array(z.strictObject({
    label: textSchema,
    minutes: z.number().int('must be whole minutes').positive('must be at least 1 minute'),
  })).min(1, 'needs at least one step'),
  roles: z.tuple([
    roleSchema('worker', 0),
    roleSchema('resident', 1),
    roleSchema('observer', 2),
  ], { error: 'needs exactly three roles: worker, resident, observer' }),
  /** Observable behaviours the observer ticks. */
  checklist: z.array(z.strictObject({
    id: idSchema,
    text: textSchema,
  })).min(CHECKLIST_MIN, `needs at least ${CHECKLIST_MIN} behaviours to observe`).max(CHECKLIST_MAX, `must have at most ${CHECKLIST_MAX} behaviours to observe`),
  /** Questions for the debrief after each round. */
  debrief: z.array(textSchema).min(1, 'needs at least one debrief question'),
}).superRefine((data, ctx) => {
  checkUniqueIds(data.checklist, ctx, ['checklist'])
  const total = data.steps.reduce((sum, step) => sum + step.minutes, 0)
  if (total < ROLE_PLAY_MIN_MINUTES) {
    ctx.addIssue({
      code: 'custom',
      path: ['steps'],
      message: `the steps add up to ${total} minutes; a role-play with briefing, acting, rotation and debrief needs at least ${ROLE_PLAY_MIN_MINUTES}`,
    })
  }
})

export type RolePlayData = z.infer<typeof rolePlaySchema>

const responseSchema = z.strictObject({
  /** Ids of the checklist items the observer saw, in checklist order. */
  checked: z.array(z.string()),
  notes: z.string().max(ROLE_PLAY_NOTES_MAX_LENGTH),
})
export type RolePlayResponse = z.infer<typeof responseSchema>

/** Total minutes of the steps. */
export function rolePlayMinutes(data: Pick<RolePlayData, 'steps'>): number {
  return data.steps.reduce((sum, step) => sum + step.minutes, 0)
}

/** `response` with checklist item `id` ticked or not, kept in checklist order. */
export function toggleChecked(data: RolePlayData, response: RolePlayResponse, id: string, on: boolean): RolePlayResponse {
  const next = new Set(response.checked)
  if (on)
    next.add(id)
  else
    next.delete(id)
  return {
    ...response,
    checked: data.checklist.map(item => item.id).filter(itemId => next.has(itemId)),
  }
}

export const rolePlay: ExerciseKind<RolePlayData, RolePlayResponse> = {
  type: 'role-play',
  responseVersion: 1,
  emptyResponse: () => ({ checked: [], notes: '' }),
  isAnswered: (_data, response) => response.checked.length > 0 || response.notes.trim().length > 0,
  score: () => 0,
  maxScore: () => 0,
  // No model answer: what the observer saw cannot be "solved". The view keeps the learner's own
  // observation when revealed and shows the debrief questions instead.
  solution: () => ({ checked: [], notes: '' }),
  isResponse: (data, value): value is RolePlayResponse => {
    const parsed = responseSchema.safeParse(value)
    if (!parsed.success)
      return false
    const ids = parsed.data.checked
    return new Set(ids).size === ids.length && ids.every(id => data.checklist.some(item => item.id === id))
  },
}
