// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import SingleChoice from './SingleChoice.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'why-check-1'
const data = getExercise(ID, 'single-choice')
const right = data.options.find(o => o.correct)!
const wrong = data.options.find(o => !o.correct)!

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

describe('<SingleChoice> live', () => {
  it('exposes the DOM contract and the three named buttons', () => {
    const root = mount(SingleChoice, {
      props: { id: ID },
    }).get('[data-exercise]')
    expect(root.attributes()).toMatchObject({
      'data-exercise': 'single-choice',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': '1',
    })
    expect(root.findAll('button').map(b => b.text())).toEqual(['检查答案', '重试', '查看答案'])
  })

  it('gives option feedback for a wrong answer, then credit for the right one after retry', async () => {
    const wrapper = mount(SingleChoice, {
      props: { id: ID },
    })
    const radios = wrapper.findAll('input[type="radio"]')
    await radios[data.options.indexOf(wrong)]!.setValue(true)
    await wrapper.get('button:first-of-type').trigger('click')
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('incorrect')
    expect(wrapper.get('.exercise__score').text()).toBe('得分：0 / 1')
    expect(wrapper.get('[role="status"]').text()).toContain(wrong.feedback)

    await wrapper.findAll('button')[1]!.trigger('click')
    await wrapper.findAll('input[type="radio"]')[data.options.indexOf(right)]!.setValue(true)
    await wrapper.get('button:first-of-type').trigger('click')
    expect(wrapper.get('[data-exercise]').attributes()).toMatchObject({ 'data-state': 'correct', 'data-score': '1' })
    expect(wrapper.get('[role="status"]').text()).toContain('回答正确')
  })
})

describe('<SingleChoice> print and answer key', () => {
  it('prints a worksheet with empty boxes and no answer', () => {
    printMode.value = true
    const wrapper = mount(SingleChoice, {
      props: { id: ID },
    })
    expect(wrapper.get('[data-exercise]').attributes('data-mode')).toBe('print')
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.options.length)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.text()).not.toContain(data.rationale)
    for (const option of data.options)
      expect(wrapper.text()).not.toContain(option.feedback)
  })

  it('shows the answer and rationale in the answer key', () => {
    const wrapper = mount(SingleChoice, {
      props: { id: ID, mode: 'key' },
    })
    expect(wrapper.get('.kit-key-right').text()).toContain(right.text)
    expect(wrapper.text()).toContain(data.rationale)
  })
})
