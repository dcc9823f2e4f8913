// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import TrueFalse from './TrueFalse.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm3-service-1'
const data = getExercise(ID, 'true-false')
/** Radio index of 正确 (0) and 错误 (1). */
const rightIndex = data.answer
  ? 0
  : 1
const wrongIndex = 1 - rightIndex
function feedbackOf(index: number) {
  return index === 0
    ? data.feedback.true
    : data.feedback.false
}

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

describe('<TrueFalse> live', () => {
  it('exposes the DOM contract, the statement, 正确 / 错误 and the three named buttons', () => {
    const wrapper = mount(TrueFalse, {
      props: { id: ID },
    })
    const root = wrapper.get('[data-exercise]')
    expect(root.attributes()).toMatchObject({
      'data-exercise': 'true-false',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': '1',
      'data-mode': 'live',
    })
    expect(wrapper.get('legend').text()).toContain(data.statement)
    expect(wrapper.findAll('label').map(l => l.text())).toEqual(['正确', '错误'])
    expect(root.findAll('button').map(b => b.text())).toEqual(['检查答案', '重试', '查看答案'])
  })

  it('gives the feedback of a wrong answer, then credit for the right one after retry', async () => {
    const wrapper = mount(TrueFalse, {
      props: { id: ID },
    })
    await wrapper.findAll('input[type="radio"]')[wrongIndex]!.setValue(true)
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('answered')
    await wrapper.get('button:first-of-type').trigger('click')
    expect(wrapper.get('[data-exercise]').attributes()).toMatchObject({ 'data-state': 'incorrect', 'data-score': '0' })
    expect(wrapper.get('[role="status"]').text()).toContain(feedbackOf(wrongIndex))

    await wrapper.findAll('button')[1]!.trigger('click')
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('unanswered')
    await wrapper.findAll('input[type="radio"]')[rightIndex]!.setValue(true)
    await wrapper.get('button:first-of-type').trigger('click')
    expect(wrapper.get('[data-exercise]').attributes()).toMatchObject({ 'data-state': 'correct', 'data-score': '1' })
    expect(wrapper.get('[role="status"]').text()).toContain('回答正确')
    expect(wrapper.get('[role="status"]').text()).toContain(feedbackOf(rightIndex))
  })

  it('shows the solution and rationale', async () => {
    const wrapper = mount(TrueFalse, {
      props: { id: ID },
    })
    await wrapper.findAll('button')[2]!.trigger('click')
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('revealed')
    expect((wrapper.findAll('input[type="radio"]')[rightIndex]!.element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.text()).toContain(data.rationale)
    expect(wrapper.get('[role="status"]').text()).toContain(`正确答案：${data.answer ? '正确' : '错误'}`)
  })
})

describe('<TrueFalse> print and answer key', () => {
  it('prints a worksheet with two empty boxes and no answer', () => {
    printMode.value = true
    const wrapper = mount(TrueFalse, {
      props: { id: ID },
    })
    expect(wrapper.get('[data-exercise]').attributes('data-mode')).toBe('print')
    expect(wrapper.text()).toContain(data.statement)
    expect(wrapper.findAll('.kit-box')).toHaveLength(2)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.text()).not.toContain(data.rationale)
    expect(wrapper.text()).not.toContain(data.feedback.true)
    expect(wrapper.text()).not.toContain(data.feedback.false)
  })

  it('shows the answer, the feedback for both answers and the rationale in the answer key', () => {
    const wrapper = mount(TrueFalse, {
      props: { id: ID, mode: 'key' },
    })
    expect(wrapper.get('.key-answer').text()).toContain(data.answer ? '正确' : '错误')
    expect(wrapper.get('.kit-key-right').text()).toContain(data.answer ? '正确' : '错误')
    expect(wrapper.text()).toContain(data.feedback.true)
    expect(wrapper.text()).toContain(data.feedback.false)
    expect(wrapper.text()).toContain(data.rationale)
  })
})
