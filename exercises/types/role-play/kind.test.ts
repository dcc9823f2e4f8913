import type { RolePlayData, RolePlayResponse } from './kind.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { loadExerciseFiles } from '../../../scripts/lib/exercise-data.ts'
import { expectRestoredAfterCheck, expectScoresWithinMax, expectSolutionEarnsMax } from '../../../tests/lib/contract-invariants.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { validateExerciseFile, validateExerciseFiles } from '../../schema.ts'
import { ROLE_PLAY_NOTES_MAX_LENGTH, rolePlay, rolePlayMinutes, rolePlaySchema, toggleChecked } from './kind.ts'

function sample() {
  return {
    id: 'sample-roleplay',
    type: 'role-play',
    title: '样例角色扮演',
    scene: '居民来窗口反映噪声。',
    steps: [
      { label: '读角色卡', minutes: 3 },
      { label: '表演', minutes: 5 },
      { label: '轮换', minutes: 4 },
      { label: '复盘', minutes: 3 },
    ],
    roles: [
      {
        role: 'worker',
        name: '小李',
        card: ['先安抚。'],
      },
      {
        role: 'resident',
        name: '王阿姨',
        card: ['很生气。'],
      },
      {
        role: 'observer',
        name: '观察员',
        card: ['只看不说。'],
      },
    ],
    checklist: [
      { id: 'calm', text: '先安抚' },
      { id: 'listen', text: '不打断' },
      { id: 'record', text: '做记录' },
      { id: 'next', text: '说清下一步' },
    ],
    debrief: ['哪一句最有用？'],
  }
}

const data: RolePlayData = rolePlaySchema.parse(sample())
const ticked = (...checked: string[]): RolePlayResponse => ({ checked, notes: '' })

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

afterEach(() => exerciseStore.clear())

describe('role-play (unscored)', () => {
  it('scores every response 0 out of 0, the "solution" included', () => {
    expect(rolePlay.maxScore(data)).toBe(0)
    expectScoresWithinMax(rolePlay, data, [
      rolePlay.emptyResponse(data),
      ticked('calm'),
      {
        checked: ['calm', 'listen', 'record', 'next'],
        notes: '很好',
      },
    ])
    expectSolutionEarnsMax(rolePlay, data)
  })

  it('is answered once anything is ticked or written (white space does not count)', () => {
    expect(rolePlay.isAnswered(data, rolePlay.emptyResponse(data))).toBe(false)
    expect(rolePlay.isAnswered(data, { checked: [], notes: ' \n ' })).toBe(false)
    expect(rolePlay.isAnswered(data, ticked('listen'))).toBe(true)
    expect(rolePlay.isAnswered(data, { checked: [], notes: '语气好' })).toBe(true)
  })

  it('keeps ticked items in checklist order, once each', () => {
    let response = rolePlay.emptyResponse(data)
    response = toggleChecked(data, response, 'next', true)
    response = toggleChecked(data, response, 'calm', true)
    response = toggleChecked(data, response, 'calm', true)
    expect(response.checked).toEqual(['calm', 'next'])
    response = toggleChecked(data, { ...response, notes: '记' }, 'calm', false)
    expect(response).toEqual({
      checked: ['next'],
      notes: '记',
    })
    expect(toggleChecked(data, response, 'unknown', true).checked).toEqual(['next'])
  })

  it('reports answered (never correct) once checked, and restores ticks and notes', () => {
    const response = {
      checked: ['calm', 'record'],
      notes: '复述了一遍诉求',
    }
    expect(expectRestoredAfterCheck(rolePlay, data, response)).toEqual({ score: 0, status: 'answered' })
  })

  it('accepts only known, distinct checklist ids and notes within the limit', () => {
    expect(rolePlay.isResponse(data, rolePlay.emptyResponse(data))).toBe(true)
    expect(rolePlay.isResponse(data, {
      checked: ['calm', 'next'],
      notes: 'x'.repeat(ROLE_PLAY_NOTES_MAX_LENGTH),
    })).toBe(true)
    for (const bad of [
      null,
      'calm',
      {
        checked: ['calm'],
      },
      {
        checked: ['zz'],
        notes: '',
      },
      {
        checked: ['calm', 'calm'],
        notes: '',
      },
      {
        checked: [1],
        notes: '',
      },
      { checked: 'calm', notes: '' },
      { checked: [], notes: 3 },
      {
        checked: [],
        notes: 'x'.repeat(ROLE_PLAY_NOTES_MAX_LENGTH + 1),
      },
      { checked: [], notes: '', extra: true },
    ])
      expect(rolePlay.isResponse(data, bad)).toBe(false)
  })

  it('adds up the minutes of its steps', () => {
    expect(rolePlayMinutes(data)).toBe(15)
  })
})

describe('role-play data schema', () => {
  it('accepts valid data', () => {
    expect(problemsOf(sample())).toEqual([])
  })

  it('needs steps that add up to at least 15 minutes, in whole minutes', () => {
    const short = sample()
    short.steps[1]!.minutes = 4
    expect(problemsOf(short)).toEqual(['exercises/data/x.ts › exercise "sample-roleplay" › steps: the steps add up to 14 minutes; a role-play with briefing, acting, rotation and debrief needs at least 15'])
    const half = sample()
    half.steps[0]!.minutes = 2.5
    expect(problemsOf(half)[0]).toBe('exercises/data/x.ts › exercise "sample-roleplay" › steps[0].minutes: must be whole minutes')
  })

  it('needs exactly the three roles worker, resident, observer, in this order', () => {
    const swapped = sample()
    swapped.roles = [swapped.roles[1]!, swapped.roles[0]!, swapped.roles[2]!]
    expect(problemsOf(swapped)).toEqual([
      'exercises/data/x.ts › exercise "sample-roleplay" › roles[0].role: must be "worker": the roles are worker, resident, observer, in this order (this is role 1)',
      'exercises/data/x.ts › exercise "sample-roleplay" › roles[1].role: must be "resident": the roles are worker, resident, observer, in this order (this is role 2)',
    ])
    const two = sample()
    two.roles.pop()
    expect(problemsOf(two)[0]).toMatch(/^exercises\/data\/x\.ts › exercise "sample-roleplay" › roles(\[2\])?: /)
    const four = sample()
    four.roles.push({
      role: 'observer',
      name: '第二位观察员',
      card: ['看'],
    })
    expect(problemsOf(four)[0]).toMatch(/^exercises\/data\/x\.ts › exercise "sample-roleplay" › roles: /)
    const emptyCard = sample()
    emptyCard.roles[1]!.card = []
    expect(problemsOf(emptyCard)).toEqual(['exercises/data/x.ts › exercise "sample-roleplay" › roles[1].card: needs at least one line'])
  })

  it('needs 4–8 checklist items with distinct ids', () => {
    const few = sample()
    few.checklist.pop()
    expect(problemsOf(few)).toEqual(['exercises/data/x.ts › exercise "sample-roleplay" › checklist: needs at least 4 behaviours to observe'])
    const many = sample()
    for (let i = 0; i < 5; i++)
      many.checklist.push({ id: `more-${i}`, text: '多一项' })
    expect(problemsOf(many)).toEqual(['exercises/data/x.ts › exercise "sample-roleplay" › checklist: must have at most 8 behaviours to observe'])
    const dup = sample()
    dup.checklist[3]!.id = 'calm'
    expect(problemsOf(dup)).toEqual(['exercises/data/x.ts › exercise "sample-roleplay" › checklist[3].id: duplicate id "calm"'])
  })

  it('needs a scene and debrief questions, and no unknown fields', () => {
    expect(problemsOf({
      ...sample(),
      scene: ' ',
    })).toEqual(['exercises/data/x.ts › exercise "sample-roleplay" › scene: must not be empty'])
    expect(problemsOf({
      ...sample(),
      debrief: [],
    })).toEqual(['exercises/data/x.ts › exercise "sample-roleplay" › debrief: needs at least one debrief question'])
    expect(problemsOf({
      ...sample(),
      answer: 1,
    })[0]).toMatch(/exercise "sample-roleplay" › \(root\): .*answer/)
  })
})

describe('the kit\'s role-plays', () => {
  it('include the module 6 role-play, with at least 15 minutes', async () => {
    const all = [
      ...validateExerciseFiles(await loadExerciseFiles()).values(),
    ].filter(e => e.type === 'role-play')
    const m6 = all.find(e => e.id === 'm6-roleplay-noise')
    expect(m6?.type).toBe('role-play')
    for (const exercise of all)
      expect(exercise.type === 'role-play' && rolePlayMinutes(exercise)).toBeGreaterThanOrEqual(15)
  })
})
