// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import MultipleChoice from './MultipleChoice.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm3-image-1'
const data = getExercise(ID, 'multiple-choice')
const rightIndexes = data.options.flatMap((o, i) => (o.correct
  ? [i]
  : []))
const wrongIndexes = data.options.flatMap((o, i) => (o.correct
  ? []
  : [i]))

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

async function tickOptions(wrapper: ReturnType<typeof mount>, indexes: number[]) {
  const boxes = wrapper.findAll('input[type="checkbox"]')
  for (const index of indexes)
    await boxes[index]!.setValue(true)
}

describe('<MultipleChoice> live', () => {
  it('exposes the DOM contract, one checkbox per option and the three named buttons', () => {
    const wrapper = mount(MultipleChoice, {
      props: { id: ID },
    })
    const root = wrapper.get('[data-exercise]')
    expect(root.attributes()).toMatchObject({
      'data-exercise': 'multiple-choice',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': String(rightIndexes.length),
      'data-mode': 'live',
    })
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(data.options.length)
    expect(root.findAll('button').map(b => b.text())).toEqual(['检查答案', '重试', '查看答案'])
    expect(wrapper.get('button:first-of-type').attributes('disabled')).toBeDefined()
  })

  it('gives partial credit with feedback on each chosen and missed option', async () => {
    const wrapper = mount(MultipleChoice, {
      props: { id: ID },
    })
    const [firstRight, ...otherRight] = rightIndexes
    const wrong = wrongIndexes[0]!
    await tickOptions(wrapper, [...otherRight, wrong])
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('answered')
    await wrapper.get('button:first-of-type').trigger('click')
    const root = wrapper.get('[data-exercise]')
    expect(root.attributes('data-state')).toBe(otherRight.length - 1 > 0
      ? 'partial'
      : 'incorrect')
    expect(root.attributes('data-score')).toBe(String(Math.max(0, otherRight.length - 1)))
    expect(wrapper.get('[role="status"]').text()).toContain(`选对 ${otherRight.length} 项，选错 1 项，漏选 1 项`)
    const text = wrapper.text()
    expect(text).toContain(data.options[wrong]!.feedback)
    expect(text).toContain(data.options[firstRight!]!.feedback)
    expect(text).toContain('漏选')
    expect(text).toContain('不应选')
    // A wrong option left alone gets no feedback.
    for (const index of wrongIndexes.slice(1))
      expect(text).not.toContain(data.options[index]!.feedback)
    // The inputs are locked and describe their feedback.
    const boxes = wrapper.findAll('input[type="checkbox"]')
    expect(boxes.every(box => box.attributes('disabled') !== undefined)).toBe(true)
    expect(boxes[wrong]!.attributes('aria-describedby')).toBeTruthy()
  })

  it('reports incorrect for wrong options only, then full marks after retry', async () => {
    const wrapper = mount(MultipleChoice, {
      props: { id: ID },
    })
    await tickOptions(wrapper, wrongIndexes)
    await wrapper.get('button:first-of-type').trigger('click')
    expect(wrapper.get('[data-exercise]').attributes()).toMatchObject({ 'data-state': 'incorrect', 'data-score': '0' })
    expect(wrapper.get('[role="status"]').text()).toContain('回答不正确')

    await wrapper.findAll('button')[1]!.trigger('click')
    expect(wrapper.findAll('input[type="checkbox"]').some(box => (box.element as HTMLInputElement).checked)).toBe(false)
    await tickOptions(wrapper, rightIndexes)
    await wrapper.get('button:first-of-type').trigger('click')
    expect(wrapper.get('[data-exercise]').attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(rightIndexes.length),
    })
    expect(wrapper.get('[role="status"]').text()).toContain('回答正确')
  })

  it('unticking an option removes it from the answer', async () => {
    const wrapper = mount(MultipleChoice, {
      props: { id: ID },
    })
    const box = wrapper.findAll('input[type="checkbox"]')[0]!
    await box.setValue(true)
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('answered')
    await box.setValue(false)
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('unanswered')
  })

  it('shows the solution: the correct options ticked, their letters and the rationale', async () => {
    const wrapper = mount(MultipleChoice, {
      props: { id: ID },
    })
    await wrapper.findAll('button')[2]!.trigger('click')
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('revealed')
    const ticked = wrapper.findAll('input[type="checkbox"]').map(box => (box.element as HTMLInputElement).checked)
    expect(ticked).toEqual(data.options.map(o => !!o.correct))
    expect(wrapper.text()).toContain(data.rationale)
    expect(wrapper.get('[role="status"]').text()).toContain(rightIndexes.map(i => String.fromCharCode(65 + i)).join('、'))
  })
})

describe('<MultipleChoice> print and answer key', () => {
  it('prints a worksheet with empty boxes and no answer', () => {
    printMode.value = true
    const wrapper = mount(MultipleChoice, {
      props: { id: ID },
    })
    expect(wrapper.get('[data-exercise]').attributes('data-mode')).toBe('print')
    expect(wrapper.text()).toContain(data.question)
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.options.length)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.findAll('input')).toHaveLength(0)
    expect(wrapper.text()).not.toContain(data.rationale)
    expect(wrapper.text()).not.toContain('✓')
    for (const option of data.options)
      expect(wrapper.text()).not.toContain(option.feedback)
  })

  it('shows every correct option, all feedback and the rationale in the answer key', () => {
    const wrapper = mount(MultipleChoice, {
      props: { id: ID, mode: 'key' },
    })
    const right = wrapper.findAll('.kit-key-right')
    expect(right).toHaveLength(rightIndexes.length)
    for (const [n, index] of rightIndexes.entries())
      expect(right[n]!.text()).toContain(data.options[index]!.text)
    for (const option of data.options)
      expect(wrapper.text()).toContain(option.feedback)
    expect(wrapper.text()).toContain(data.rationale)
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})
