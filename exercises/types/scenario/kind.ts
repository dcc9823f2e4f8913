/**
 * 情景演练 (branching scenario): decision nodes whose choices lead to further nodes or to endings.
 * Each choice shows a consequence once chosen; each ending has a debrief (复盘) and a score.
 * Response = the path (the chosen choice ids, in order). Score = the reached ending's score.
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

const choiceSchema = z.strictObject({
  id: idSchema,
  /** What the learner would do. Keep it short: one line on the slide. */
  text: textSchema,
  /** What happens next, shown right after choosing. */
  consequence: textSchema,
  /** Id of the next node or of an ending. */
  next: idSchema,
})

const nodeSchema = z.strictObject({
  id: idSchema,
  /** The situation at this decision point. */
  situation: textSchema,
  choices: z.array(choiceSchema).min(2, 'a decision point needs at least two choices'),
})

const endingSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** 复盘: why the path led here; shown after checking and in the answer key. */
  debrief: textSchema,
  score: z.number().int('must be a whole number').min(0, 'must not be negative'),
})

export const scenarioSchema = z.strictObject({
  id: idSchema,
  type: z.literal('scenario'),
  title: textSchema,
  /** Points of the best ending; every ending scores within [0, maxScore]. */
  maxScore: z.number().int('must be a whole number').positive('must be at least 1'),
  /** Id of the first decision node. */
  start: idSchema,
  nodes: z.array(nodeSchema).min(1, 'needs at least one decision point'),
  endings: z.array(endingSchema).min(2, 'needs at least two endings'),
}).superRefine((data, ctx) => {
  checkUniqueIds(data.nodes, ctx, ['nodes'])
  checkUniqueIds(data.endings, ctx, ['endings'])
  const nodeIds = new Set(data.nodes.map(node => node.id))
  const endingIds = new Set(data.endings.map(ending => ending.id))
  data.endings.forEach((ending, index) => {
    if (nodeIds.has(ending.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endings', index, 'id'],
        message: `"${ending.id}" is already the id of a node; node and ending ids must differ`,
      })
    }
    if (ending.score > data.maxScore) {
      ctx.addIssue({
        code: 'custom',
        path: ['endings', index, 'score'],
        message: `score ${ending.score} is above maxScore ${data.maxScore}`,
      })
    }
  })
  if (!data.endings.some(ending => ending.score === data.maxScore)) {
    ctx.addIssue({
      code: 'custom',
      path: ['maxScore'],
      message: `no ending scores maxScore ${data.maxScore}; the best ending must earn full marks`,
    })
  }
  if (!nodeIds.has(data.start)) {
    ctx.addIssue({
      code: 'custom',
      path: ['start'],
      message: endingIds.has(data.start)
        ? `"${data.start}" is an ending; the scenario must start at a decision node`
        : `"${data.start}" is not the id of a node`,
    })
  }
  data.nodes.forEach((node, n) => {
    checkUniqueIds(node.choices, ctx, ['nodes', n, 'choices'])
    node.choices.forEach((choice, c) => {
      if (!nodeIds.has(choice.next) && !endingIds.has(choice.next)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', n, 'choices', c, 'next'],
          message: `"${choice.next}" is neither a node nor an ending`,
        })
      }
    })
  })

  // Reachability from start.
  const byId = new Map(data.nodes.map(node => [node.id, node]))
  const reached = new Set<string>()
  const queue = nodeIds.has(data.start)
    ? [data.start]
    : []
  while (queue.length) {
    const id = queue.shift()!
    if (reached.has(id))
      continue
    reached.add(id)
    for (const choice of byId.get(id)?.choices ?? [])
      queue.push(choice.next)
  }
  if (nodeIds.has(data.start)) {
    data.nodes.forEach((node, index) => {
      if (!reached.has(node.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', index, 'id'],
          message: `node "${node.id}" cannot be reached from start "${data.start}"`,
        })
      }
    })
    data.endings.forEach((ending, index) => {
      if (!reached.has(ending.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['endings', index, 'id'],
          message: `ending "${ending.id}" cannot be reached from start "${data.start}"`,
        })
      }
    })
  }

  // Cycles: depth-first search from every node; a choice leading back onto the current trail closes a cycle.
  const done = new Set<string>()
  const trail: string[] = []
  const visit = (id: string) => {
    trail.push(id)
    const index = data.nodes.findIndex(node => node.id === id)
    data.nodes[index]!.choices.forEach((choice, c) => {
      if (!byId.has(choice.next) || done.has(choice.next))
        return
      if (trail.includes(choice.next)) {
        const loop = [
          ...trail.slice(trail.indexOf(choice.next)),
          choice.next,
        ].join(' → ')
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', index, 'choices', c, 'next'],
          message: `leads back to "${choice.next}", a cycle (${loop}); every path must end at an ending`,
        })
        return
      }
      visit(choice.next)
    })
    trail.pop()
    done.add(id)
  }
  for (const node of data.nodes) {
    if (!done.has(node.id))
      visit(node.id)
  }
})

export type ScenarioData = z.infer<typeof scenarioSchema>
export type ScenarioNode = ScenarioData['nodes'][number]
export type ScenarioChoice = ScenarioNode['choices'][number]
export type ScenarioEnding = ScenarioData['endings'][number]

const responseSchema = z.strictObject({
  path: z.array(z.string()),
})
export type ScenarioResponse = z.infer<typeof responseSchema>

/** Where a path leads: the steps taken, then either the current decision node or the ending reached. */
export interface ScenarioWalk {
  steps: { node: ScenarioNode, choice: ScenarioChoice }[]
  /** The decision waiting for a choice (undefined once an ending is reached or the path is invalid). */
  node?: ScenarioNode
  ending?: ScenarioEnding
  /** False when the path names a choice that does not exist where it is used, or continues past an ending. */
  valid: boolean
}

export function walkScenario(data: ScenarioData, path: readonly string[]): ScenarioWalk {
  const steps: ScenarioWalk['steps'] = []
  let node = data.nodes.find(n => n.id === data.start)
  let ending: ScenarioEnding | undefined
  for (const choiceId of path) {
    const choice = node?.choices.find(c => c.id === choiceId)
    if (!node || !choice)
      return { steps, valid: false }
    steps.push({ node, choice })
    node = data.nodes.find(n => n.id === choice.next)
    ending = node
      ? undefined
      : data.endings.find(e => e.id === choice.next)
  }
  return { steps, node, ending, valid: true }
}

/** The path to a best-scoring ending (the shortest such path; ties go to the earlier choice). */
export function bestPath(data: ScenarioData): string[] {
  const memo = new Map<string, { score: number, path: string[] }>()
  const best = (id: string): { score: number, path: string[] } => {
    const ending = data.endings.find(e => e.id === id)
    if (ending)
      return { score: ending.score, path: [] }
    const cached = memo.get(id)
    if (cached)
      return cached
    let result = { score: -1, path: [] as string[] }
    for (const choice of data.nodes.find(n => n.id === id)?.choices ?? []) {
      const rest = best(choice.next)
      if (rest.score > result.score || (rest.score === result.score && rest.path.length + 1 < result.path.length)) {
        result = {
          score: rest.score,
          path: [choice.id, ...rest.path],
        }
      }
    }
    memo.set(id, result)
    return result
  }
  return best(data.start).path
}

export const scenario: ExerciseKind<ScenarioData, ScenarioResponse> = {
  type: 'scenario',
  responseVersion: 1,
  emptyResponse: () => ({ path: [] }),
  isAnswered: (data, response) => walkScenario(data, response.path).ending !== undefined,
  score: (data, response) => walkScenario(data, response.path).ending?.score ?? 0,
  maxScore: data => data.maxScore,
  solution: data => ({
    path: bestPath(data),
  }),
  isResponse: (data, value): value is ScenarioResponse => {
    const parsed = responseSchema.safeParse(value)
    return parsed.success && walkScenario(data, parsed.data.path).valid
  },
}
