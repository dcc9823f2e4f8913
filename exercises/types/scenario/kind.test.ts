import type { ScenarioData, ScenarioResponse } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { loadExerciseFiles } from '../../../scripts/lib/exercise-data.ts'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile, validateExerciseFiles } from '../../schema.ts'
import { bestPath, scenario, scenarioSchema, walkScenario } from './kind.ts'

/** start → a (good) → b (good) → best; detours reach "ok" or "bad". */
function sample() {
  return {
    id: 'sample-scenario',
    type: 'scenario',
    title: '样例情景',
    maxScore: 3,
    start: 'a',
    nodes: [
      {
        id: 'a',
        situation: '第一步的情况。',
        choices: [
          {
            id: 'good',
            text: '好做法',
            consequence: '情况好转。',
            next: 'b',
          },
          {
            id: 'bad',
            text: '差做法',
            consequence: '情况变糟。',
            next: 'c',
          },
        ],
      },
      {
        id: 'b',
        situation: '第二步的情况。',
        choices: [
          {
            id: 'good',
            text: '继续跟进',
            consequence: '问题解决。',
            next: 'best',
          },
          {
            id: 'meh',
            text: '不再跟进',
            consequence: '问题反弹。',
            next: 'ok',
          },
        ],
      },
      {
        id: 'c',
        situation: '补救的机会。',
        choices: [
          {
            id: 'fix',
            text: '补救',
            consequence: '勉强平息。',
            next: 'ok',
          },
          {
            id: 'worse',
            text: '拉偏架',
            consequence: '矛盾升级。',
            next: 'bad',
          },
          {
            id: 'detour',
            text: '回到正轨',
            consequence: '重新了解情况。',
            next: 'b',
          },
        ],
      },
    ],
    endings: [
      {
        id: 'best',
        title: '最好',
        debrief: '复盘一。',
        score: 3,
      },
      {
        id: 'ok',
        title: '一般',
        debrief: '复盘二。',
        score: 1,
      },
      {
        id: 'bad',
        title: '最差',
        debrief: '复盘三。',
        score: 0,
      },
    ],
  }
}

const data: ScenarioData = scenarioSchema.parse(sample())

/** Every prefix of every path from start to an ending. */
function allPaths(d: ScenarioData): string[][] {
  const out: string[][] = [[]]
  const walk = (nodeId: string, path: string[]) => {
    for (const choice of d.nodes.find(n => n.id === nodeId)?.choices ?? []) {
      const next = [...path, choice.id]
      out.push(next)
      walk(choice.next, next)
    }
  }
  walk(d.start, [])
  return out
}

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

afterEach(() => exerciseStore.clear())

describe('scenario scoring', () => {
  it('scores a path by the ending it reaches', () => {
    expect(scenario.maxScore(data)).toBe(3)
    expect(scenario.score(data, {
      path: ['good', 'good'],
    })).toBe(3)
    expect(scenario.score(data, {
      path: ['good', 'meh'],
    })).toBe(1)
    expect(scenario.score(data, {
      path: ['bad', 'fix'],
    })).toBe(1)
    expect(scenario.score(data, {
      path: ['bad', 'worse'],
    })).toBe(0)
    expect(scenario.score(data, {
      path: ['bad', 'detour', 'good'],
    })).toBe(3)
  })

  it('is answered only once an ending is reached; until then it scores zero', () => {
    expect(scenario.isAnswered(data, scenario.emptyResponse(data))).toBe(false)
    expect(scenario.isAnswered(data, {
      path: ['good'],
    })).toBe(false)
    expect(scenario.score(data, {
      path: ['good'],
    })).toBe(0)
    expect(scenario.isAnswered(data, {
      path: ['good', 'meh'],
    })).toBe(true)
  })

  it('keeps every score within [0, max]', () => {
    for (const path of allPaths(data)) {
      const score = scenario.score(data, { path })
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(scenario.maxScore(data))
    }
  })

  it('offers the shortest best path as its solution, which earns full marks', () => {
    expect(bestPath(data)).toEqual(['good', 'good'])
    const solution = scenario.solution(data)
    expect(scenario.isAnswered(data, solution)).toBe(true)
    expect(scenario.score(data, solution)).toBe(scenario.maxScore(data))
  })

  it('walks a path: steps taken, then the current decision or the ending', () => {
    const halfway = walkScenario(data, ['bad'])
    expect(halfway.steps.map(s => s.choice.consequence)).toEqual(['情况变糟。'])
    expect(halfway.node?.id).toBe('c')
    expect(halfway.ending).toBeUndefined()
    const done = walkScenario(data, ['bad', 'worse'])
    expect(done.node).toBeUndefined()
    expect(done.ending?.title).toBe('最差')
    expect(walkScenario(data, ['good', 'good', 'good']).valid).toBe(false)
  })

  it('accepts only paths that can be walked from the start', () => {
    expect(scenario.isResponse(data, { path: [] })).toBe(true)
    expect(scenario.isResponse(data, {
      path: ['bad', 'detour'],
    })).toBe(true)
    expect(scenario.isResponse(data, {
      path: ['good', 'good'],
    })).toBe(true)
    expect(scenario.isResponse(data, {
      path: ['fix'],
    })).toBe(false)
    expect(scenario.isResponse(data, {
      path: ['good', 'good', 'good'],
    })).toBe(false)
    expect(scenario.isResponse(data, {
      path: ['good', 1],
    })).toBe(false)
    expect(scenario.isResponse(data, { path: 'good' })).toBe(false)
    expect(scenario.isResponse(data, { path: [], extra: true })).toBe(false)
    expect(scenario.isResponse(data, null)).toBe(false)
    expect(scenario.isResponse(data, ['good'])).toBe(false)
  })

  it('restores a serialized state with the same score and status', () => {
    for (const path of [
      ['good', 'good'],
      ['good', 'meh'],
      ['bad', 'worse'],
      ['bad'],
    ]) {
      exerciseStore.clear()
      const ex = useExercise(scenario, data)
      ex.respond({ path })
      ex.check()
      const saved = ex.serialize()
      const before = { score: ex.score.value, status: ex.status.value }
      ex.reset()
      expect(ex.restore(saved)).toBe(true)
      expect({ score: ex.score.value, status: ex.status.value }).toEqual(before)
    }
  })

  it('reports correct, partial and incorrect by the ending reached', () => {
    const statusOf = (path: ScenarioResponse['path']) => {
      exerciseStore.clear()
      const ex = useExercise(scenario, data)
      ex.respond({ path })
      ex.check()
      return ex.status.value
    }
    expect(statusOf(['good', 'good'])).toBe('correct')
    expect(statusOf(['good', 'meh'])).toBe('partial')
    expect(statusOf(['bad', 'worse'])).toBe('incorrect')
    expect(statusOf(['good'])).toBe('unanswered')
  })
})

describe('scenario data schema', () => {
  it('accepts a valid tree (merging branches are fine)', () => {
    expect(problemsOf(sample())).toEqual([])
  })

  it('rejects a next that points to no node or ending', () => {
    const item = sample()
    item.nodes[1]!.choices[1]!.next = 'nowhere'
    expect(problemsOf(item)).toContain('exercises/data/x.ts › exercise "sample-scenario" › nodes[1].choices[1].next: "nowhere" is neither a node nor an ending')
  })

  it('rejects a start that is missing or an ending', () => {
    expect(problemsOf({
      ...sample(),
      start: 'zz',
    })[0]).toBe('exercises/data/x.ts › exercise "sample-scenario" › start: "zz" is not the id of a node')
    expect(problemsOf({
      ...sample(),
      start: 'best',
    })[0]).toMatch(/› start: "best" is an ending/)
  })

  it('rejects unreachable nodes and endings', () => {
    const item = sample()
    item.nodes[0]!.choices[1]!.next = 'b'
    const problems = problemsOf(item)
    expect(problems).toContain('exercises/data/x.ts › exercise "sample-scenario" › nodes[2].id: node "c" cannot be reached from start "a"')
    expect(problems).toContain('exercises/data/x.ts › exercise "sample-scenario" › endings[2].id: ending "bad" cannot be reached from start "a"')
  })

  it('rejects cycles', () => {
    const item = sample()
    item.nodes[1]!.choices[1]!.next = 'c'
    const problems = problemsOf(item)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/› nodes\[2\]\.choices\[2\]\.next: leads back to "b", a cycle \(b → c → b\)/)
    const self = sample()
    self.nodes[0]!.choices[0]!.next = 'a'
    expect(problemsOf(self).join('\n')).toMatch(/nodes\[0\]\.choices\[0\]\.next: leads back to "a", a cycle \(a → a\)/)
  })

  it('rejects an ending score above maxScore, and a maxScore no ending earns', () => {
    const above = sample()
    above.endings[1]!.score = 4
    expect(problemsOf(above)).toEqual(['exercises/data/x.ts › exercise "sample-scenario" › endings[1].score: score 4 is above maxScore 3'])
    expect(problemsOf({
      ...sample(),
      maxScore: 4,
    })).toEqual(['exercises/data/x.ts › exercise "sample-scenario" › maxScore: no ending scores maxScore 4; the best ending must earn full marks'])
    const negative = sample()
    negative.endings[2]!.score = -1
    expect(problemsOf(negative)[0]).toMatch(/› endings\[2\]\.score: must not be negative/)
  })

  it('rejects duplicate node, ending and choice ids, and an ending named like a node', () => {
    const nodes = sample()
    nodes.nodes[2]!.id = 'b'
    expect(problemsOf(nodes)).toContain('exercises/data/x.ts › exercise "sample-scenario" › nodes[2].id: duplicate id "b"')
    const endings = sample()
    endings.endings[2]!.id = 'ok'
    expect(problemsOf(endings)).toContain('exercises/data/x.ts › exercise "sample-scenario" › endings[2].id: duplicate id "ok"')
    const choices = sample()
    choices.nodes[2]!.choices[1]!.id = 'fix'
    expect(problemsOf(choices)).toContain('exercises/data/x.ts › exercise "sample-scenario" › nodes[2].choices[1].id: duplicate id "fix"')
    const clash = sample()
    clash.endings[0]!.id = 'c'
    expect(problemsOf(clash)).toContain('exercises/data/x.ts › exercise "sample-scenario" › endings[0].id: "c" is already the id of a node; node and ending ids must differ')
  })

  it('rejects empty text and unknown fields, naming the field', () => {
    const empty = sample()
    empty.nodes[1]!.choices[0]!.consequence = '  '
    expect(problemsOf(empty)).toEqual(['exercises/data/x.ts › exercise "sample-scenario" › nodes[1].choices[0].consequence: must not be empty'])
    const debrief = sample()
    debrief.endings[0]!.debrief = ''
    expect(problemsOf(debrief)).toEqual(['exercises/data/x.ts › exercise "sample-scenario" › endings[0].debrief: must not be empty'])
    expect(problemsOf({
      ...sample(),
      colour: 'red',
    })[0]).toMatch(/exercise "sample-scenario" › \(root\): .*colour/)
    const choice = sample()
    Object.assign(choice.nodes[0]!.choices[0]!, { correct: true })
    expect(problemsOf(choice)[0]).toMatch(/› nodes\[0\]\.choices\[0\]: .*correct/)
  })

  it('rejects a decision with a single choice, and a scenario with a single ending', () => {
    const one = sample()
    one.nodes[1]!.choices.pop()
    expect(problemsOf(one).join('\n')).toMatch(/› nodes\[1\]\.choices: a decision point needs at least two choices/)
    expect(problemsOf({
      ...sample(),
      endings: [sample().endings[0]],
    }).join('\n')).toMatch(/› endings: needs at least two endings/)
  })
})

describe('the kit\'s scenarios', () => {
  it('have at least three decision points on the best path, at least three endings, and short texts for the slide', async () => {
    const all = [
      ...validateExerciseFiles(await loadExerciseFiles()).values(),
    ].filter(e => e.type === 'scenario')
    expect(all.length).toBeGreaterThan(0)
    for (const exercise of all) {
      const best = walkScenario(exercise, bestPath(exercise))
      expect(best.steps.length, exercise.id).toBeGreaterThanOrEqual(3)
      expect(exercise.endings.length, exercise.id).toBeGreaterThanOrEqual(3)
      for (const node of exercise.nodes) {
        expect(node.situation.length, `${exercise.id} › ${node.id}`).toBeLessThanOrEqual(70)
        for (const choice of node.choices) {
          expect(choice.text.length, `${exercise.id} › ${node.id} › ${choice.id}`).toBeLessThanOrEqual(26)
          expect(choice.consequence.length, `${exercise.id} › ${node.id} › ${choice.id}`).toBeLessThanOrEqual(40)
        }
      }
      for (const ending of exercise.endings)
        expect(ending.debrief.length, `${exercise.id} › ${ending.id}`).toBeLessThanOrEqual(70)
    }
  })
})
