// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { bestPath, walkScenario } from './kind.ts'
import Scenario from './Scenario.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm8-noise-scenario'
const data = getExercise(ID, 'scenario')
const best = bestPath(data)
const worst = data.endings.reduce((low, e) => (e.score < low.score
  ? e
  : low))

/** A path to the ending `endingId` (depth-first, in data order). */
function pathTo(endingId: string): string[] {
  const find = (nodeId: string): string[] | undefined => {
    for (const choice of data.nodes.find(n => n.id === nodeId)?.choices ?? []) {
      if (choice.next === endingId)
        return [choice.id]
      const rest = find(choice.next)
      if (rest)
        return [choice.id, ...rest]
    }
    return undefined
  }
  return find(data.start)!
}

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

/** Picks `choiceId` at the current decision and presses 确定选择. */
async function choose(wrapper: VueWrapper, choiceId: string): Promise<void> {
  await wrapper.get(`input[type="radio"][value="${choiceId}"]`).setValue(true)
  await wrapper.get('.scenario__commit').trigger('click')
  await flushPromises()
}

const root = (wrapper: VueWrapper) => wrapper.get('[data-exercise]')
const button = (wrapper: VueWrapper, name: string) => wrapper.findAll('button').find(b => b.text() === name)!

describe('<Scenario> live', () => {
  it('exposes the DOM contract, the three shared buttons and the first decision only', () => {
    const wrapper = mount(Scenario, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'scenario',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': String(data.maxScore),
    })
    expect(wrapper.findAll('.exercise__actions button').map(b => b.text())).toEqual(['检查答案', '重试', '查看答案'])
    const start = data.nodes.find(n => n.id === data.start)!
    expect(wrapper.get('legend').text()).toContain(start.situation)
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(start.choices.length)
    expect(wrapper.get('.scenario__commit').attributes('disabled')).toBeDefined()
    expect(wrapper.find('.scenario__consequence').exists()).toBe(false)
  })

  it('shows the last consequence with the next decision, then the ending; checking gives the score and debrief', async () => {
    const wrapper = mount(Scenario, {
      props: { id: ID },
      attachTo: document.body,
    })
    const steps = walkScenario(data, best).steps
    for (const [i, step] of steps.entries()) {
      await choose(wrapper, step.choice.id)
      expect(wrapper.get('.scenario__consequence').text()).toContain(step.choice.consequence)
      // Only the last consequence is kept on screen.
      if (i > 0)
        expect(wrapper.text()).not.toContain(steps[i - 1]!.choice.consequence)
    }
    const ending = walkScenario(data, best).ending!
    expect(wrapper.get('.scenario__ending-title').text()).toContain(ending.title)
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    // Focus went to 检查答案, so the keyboard stays out of Slidev's shortcuts.
    expect(document.activeElement?.textContent?.trim()).toBe('检查答案')
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(data.maxScore),
    })
    expect(wrapper.get('[role="status"]').text()).toContain(ending.debrief)
    wrapper.unmount()
  })

  it('reports a poor ending as incorrect, and 重试 starts again from the first decision', async () => {
    const wrapper = mount(Scenario, {
      props: { id: ID },
    })
    for (const choiceId of pathTo(worst.id))
      await choose(wrapper, choiceId)
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'incorrect', 'data-score': '0' })
    expect(wrapper.get('[role="status"]').text()).toContain(worst.debrief)
    await button(wrapper, '重试').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
    expect(wrapper.get('legend').text()).toContain(data.nodes.find(n => n.id === data.start)!.situation)
  })

  it('查看答案 shows the best path and the best ending without crediting it', async () => {
    const wrapper = mount(Scenario, {
      props: { id: ID },
    })
    await button(wrapper, '查看答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'revealed', 'data-score': '0' })
    const walk = walkScenario(data, best)
    expect(wrapper.findAll('.scenario__best li').map(li => li.text())).toEqual(walk.steps.map(s => s.choice.text))
    expect(wrapper.get('[role="status"]').text()).toContain(walk.ending!.debrief)
  })
})

describe('<Scenario> print and answer key', () => {
  it('prints the first decision with boxes and answer lines, without consequences or debriefs', () => {
    printMode.value = true
    const wrapper = mount(Scenario, {
      props: { id: ID },
    })
    const start = data.nodes.find(n => n.id === data.start)!
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.text()).toContain(start.situation)
    expect(wrapper.findAll('.kit-box')).toHaveLength(start.choices.length)
    expect(wrapper.text()).toContain('我的选择和理由：')
    expect(wrapper.findAll('.answer-line').length).toBeGreaterThan(0)
    expect(wrapper.findAll('button')).toHaveLength(0)
    for (const node of data.nodes) {
      for (const choice of node.choices)
        expect(wrapper.text()).not.toContain(choice.consequence)
    }
    for (const ending of data.endings)
      expect(wrapper.text()).not.toContain(ending.debrief)
  })

  it('shows the whole tree, the best path marked, and every ending\'s debrief in the key', () => {
    const wrapper = mount(Scenario, {
      props: { id: ID, mode: 'key' },
    })
    for (const node of data.nodes) {
      expect(wrapper.text()).toContain(node.situation)
      for (const choice of node.choices)
        expect(wrapper.text()).toContain(choice.consequence)
    }
    for (const ending of data.endings)
      expect(wrapper.text()).toContain(ending.debrief)
    const marked = wrapper.findAll('.key-choice--best').map(li => li.text())
    const steps = walkScenario(data, best).steps
    expect(marked).toHaveLength(steps.length)
    steps.forEach((step, i) => expect(marked[i]).toContain(step.choice.text))
  })
})
