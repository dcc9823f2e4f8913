// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { exerciseStore } from '../../composables/useExerciseStore.ts'
import { answerOrder, letterAt, matchOf } from '../../exercises/kinds/matching.ts'
import { getExercise } from '../../exercises/registry.ts'
import Matching from './Matching.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm4-groups-1'
const data = getExercise(ID, 'matching')
const rightOf = (promptId: string) => matchOf(data.pairs, promptId)!
const wrongOf = (promptId: string) => data.answers.find(answer => answer.id !== rightOf(promptId))!.id

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

/** Answers every prompt: correct for the first `right` prompts, wrong for the rest. */
async function answer(wrapper: VueWrapper, right: number): Promise<void> {
  const selects = wrapper.findAll('select')
  for (const [index, prompt] of data.prompts.entries()) {
    await selects[index]!.setValue(index < right
      ? rightOf(prompt.id)
      : wrongOf(prompt.id))
  }
}

describe('<Matching> live', () => {
  it('exposes the DOM contract, one select per prompt labelled by the prompt text, and the three buttons', () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'matching',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': String(data.prompts.length),
    })
    const selects = wrapper.findAll('select')
    expect(selects).toHaveLength(data.prompts.length)
    for (const [index, prompt] of data.prompts.entries()) {
      const id = selects[index]!.attributes('id')
      expect(wrapper.get(`label[for="${id}"]`).text()).toBe(prompt.text)
      // placeholder + every answer, lettered in the display order
      expect(selects[index]!.findAll('option').map(o => o.text())).toEqual([
        '请选择',
        ...answerOrder(data).map((a, i) => `${letterAt(i)}. ${a.text}`),
      ])
    }
    expect(wrapper.findAll('button').map(b => b.text())).toEqual(['检查答案', '重试', '查看答案'])
  })

  it('can be checked only when every prompt is matched', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    await wrapper.findAll('select')[0]!.setValue(rightOf(data.prompts[0]!.id))
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
    expect(button(wrapper, '检查答案').attributes('disabled')).toBeDefined()
    await answer(wrapper, 1)
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    expect(button(wrapper, '检查答案').attributes('disabled')).toBeUndefined()
  })

  it('marks each prompt ✓ or × in text after a partly right check, then scores full marks after retry', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    await answer(wrapper, 2)
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'partial', 'data-score': '2' })
    const marks = wrapper.findAll('.pair__mark').map(m => m.text())
    expect(marks).toEqual(data.prompts.map((_, i) => (i < 2
      ? '✓ 正确'
      : '× 不对')))
    expect(wrapper.get('[role="status"]').text()).toContain('部分正确')
    expect(wrapper.findAll('select').every(s => s.attributes('disabled') !== undefined)).toBe(true)

    await button(wrapper, '重试').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
    expect(wrapper.findAll('.pair__mark')).toHaveLength(0)
    await answer(wrapper, data.prompts.length)
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(data.prompts.length),
    })
    expect(wrapper.get('[role="status"]').text()).toContain('回答正确')
  })

  it('reports incorrect when no pair is right', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    await answer(wrapper, 0)
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'incorrect', 'data-score': '0' })
    expect(wrapper.findAll('.pair__mark').map(m => m.text())).toEqual(data.prompts.map(() => '× 不对'))
  })

  it('clears a prompt when the placeholder is chosen again', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    await answer(wrapper, data.prompts.length)
    await wrapper.findAll('select')[0]!.setValue('')
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
  })

  it('shows the solution in the selects and the rationale, without crediting the learner', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    await button(wrapper, '查看答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'revealed', 'data-score': '0' })
    const selects = wrapper.findAll('select')
    data.prompts.forEach((prompt, index) => expect((selects[index]!.element as HTMLSelectElement).value).toBe(rightOf(prompt.id)))
    expect(wrapper.text()).toContain(data.rationale)
  })
})

describe('<Matching> print and answer key', () => {
  it('prints two columns with an empty box per prompt and lettered answers, no solution', () => {
    printMode.value = true
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.prompts.length)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.findAll('select')).toHaveLength(0)
    for (const [i, answer] of answerOrder(data).entries())
      expect(wrapper.text()).toContain(`${letterAt(i)}. ${answer.text}`)
    expect(wrapper.text()).not.toContain(data.rationale)
    expect(wrapper.text()).not.toContain('→')
  })

  it('lists the correct pairs with their letters, the distractor and the rationale in the answer key', () => {
    const wrapper = mount(Matching, {
      props: { id: ID, mode: 'key' },
    })
    const order = answerOrder(data)
    const lines = wrapper.findAll('.key-pairs li').map(li => li.text())
    data.prompts.forEach((prompt, index) => {
      const letter = letterAt(order.findIndex(a => a.id === rightOf(prompt.id)))
      const text = data.answers.find(a => a.id === rightOf(prompt.id))!.text
      expect(lines[index]).toBe(`${prompt.text} → ${letter}. ${text}`)
    })
    expect(wrapper.get('.distractors').text()).toContain('在办公室等人上门反映')
    expect(wrapper.text()).toContain(data.rationale)
  })
})
