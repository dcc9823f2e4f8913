// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { exerciseStore } from '../../composables/useExerciseStore.ts'
import { initialOrder } from '../../exercises/kinds/ordering.ts'
import { getExercise } from '../../exercises/registry.ts'
import Ordering from './Ordering.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm6-cycle-order-1'
const data = getExercise(ID, 'ordering')
const textOf = (id: string) => data.items.find(item => item.id === id)!.text

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

function root(wrapper: VueWrapper) {
  return wrapper.get('[data-exercise]')
}

function button(wrapper: VueWrapper, name: string) {
  return wrapper.findAll('button').find(b => b.text() === name)!
}

function shownTexts(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.step__text').map(s => s.text())
}

/** Moves items with the 上移 buttons until the list is in the correct order (a selection sort). */
async function solve(wrapper: VueWrapper): Promise<void> {
  for (const [target, item] of data.items.entries()) {
    let at = shownTexts(wrapper).indexOf(item.text)
    while (at > target) {
      await wrapper.get(`button[aria-label="上移：${item.text}"]`).trigger('click')
      at--
    }
  }
}

describe('<Ordering> live', () => {
  it('exposes the DOM contract and starts from the fixed scramble, with named move buttons', () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'ordering',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': String(data.items.length),
    })
    const start = initialOrder(data).map(textOf)
    expect(shownTexts(wrapper)).toEqual(start)
    expect(wrapper.get(`button[aria-label="上移：${start[0]}"]`).attributes('disabled')).toBeDefined()
    expect(wrapper.get(`button[aria-label="下移：${start.at(-1)}"]`).attributes('disabled')).toBeDefined()
    expect(wrapper.get(`button[aria-label="下移：${start[0]}"]`).attributes('disabled')).toBeUndefined()
    expect(button(wrapper, '检查答案').attributes('disabled')).toBeDefined()
  })

  it('moves an item, announces its new position and keeps focus on it', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
      attachTo: document.body,
    })
    const start = initialOrder(data).map(textOf)
    await wrapper.get(`button[aria-label="上移：${start[1]}"]`).trigger('click')
    await new Promise(resolve => setTimeout(resolve))
    expect(shownTexts(wrapper).slice(0, 2)).toEqual([start[1], start[0]])
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    expect(wrapper.get('[role="status"]').text()).toBe(`“${start[1]}”移到第 1 位（共 ${start.length} 位）。`)
    // 上移 is now disabled at the top: focus moved to the item's 下移 button.
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`下移：${start[1]}`)
    wrapper.unmount()
  })

  it('marks each item ✓ or × in text after checking, then scores full marks after retry', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    const start = initialOrder(data).map(textOf)
    await wrapper.get(`button[aria-label="下移：${start[0]}"]`).trigger('click')
    await button(wrapper, '检查答案').trigger('click')
    const score = Number(root(wrapper).attributes('data-score'))
    const marks = wrapper.findAll('.step__mark').map(m => m.text())
    expect(marks).toHaveLength(data.items.length)
    expect(marks.filter(m => m === '✓ 位置正确')).toHaveLength(score)
    expect(marks.filter(m => m === '× 位置不对')).toHaveLength(data.items.length - score)
    expect(root(wrapper).attributes('data-state')).toBe(score > 0
      ? 'partial'
      : 'incorrect')
    expect(wrapper.findAll('.step__button').every(b => b.attributes('disabled') !== undefined)).toBe(true)

    await button(wrapper, '重试').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
    expect(shownTexts(wrapper)).toEqual(start)
    expect(wrapper.get('[role="status"]').text()).toBe('')
    await solve(wrapper)
    expect(shownTexts(wrapper)).toEqual(data.items.map(item => item.text))
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(data.items.length),
    })
    expect(wrapper.get('[role="status"]').text()).toContain('回答正确')
    expect(wrapper.findAll('.step__mark').map(m => m.text())).toEqual(data.items.map(() => '✓ 位置正确'))
  })

  it('shows the correct order and the rationale on 查看答案', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    await button(wrapper, '查看答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'revealed', 'data-score': '0' })
    expect(shownTexts(wrapper)).toEqual(data.items.map(item => item.text))
    expect(wrapper.text()).toContain(data.rationale)
  })
})

describe('<Ordering> print and answer key', () => {
  it('prints the scrambled items with an empty box each, no solution', () => {
    printMode.value = true
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.items.length)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.findAll('.print-steps li').map(li => li.text())).toEqual(initialOrder(data).map(textOf))
    expect(wrapper.text()).not.toContain(data.rationale)
  })

  it('prints from the scramble even when the learner has solved it', async () => {
    const live = mount(Ordering, {
      props: { id: ID },
    })
    await solve(live)
    printMode.value = true
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    expect(wrapper.findAll('.print-steps li').map(li => li.text())).toEqual(initialOrder(data).map(textOf))
  })

  it('lists the correct order and the rationale in the answer key', () => {
    const wrapper = mount(Ordering, {
      props: { id: ID, mode: 'key' },
    })
    expect(wrapper.findAll('.key-steps li').map(li => li.text())).toEqual(data.items.map(item => item.text))
    expect(wrapper.text()).toContain(data.rationale)
  })
})
