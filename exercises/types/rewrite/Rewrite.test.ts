// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import Rewrite from './Rewrite.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm5-rewrite-1'
const data = getExercise(ID, 'rewrite')
const model = data.modelAnswers[0]!
const max = data.rubric.length * 2

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

const root = (wrapper: VueWrapper) => wrapper.get('[data-exercise]')
const shellButton = (wrapper: VueWrapper, name: string) => wrapper.findAll('.exercise__actions button').find(b => b.text() === name)!
const compareButton = (wrapper: VueWrapper) => wrapper.find('button.compare')

/** Rates criterion i with level `levels[i]` (0 做到, 1 部分做到, 2 没做到); criteria past the list get `rest`. */
async function rateAll(wrapper: VueWrapper, levels: number[], rest = levels.at(-1)!): Promise<void> {
  const groups = wrapper.findAll('[role="radiogroup"]')
  for (const [i, group] of groups.entries())
    await group.findAll('input[type="radio"]')[levels[i] ?? rest]!.setValue(true)
}

describe('<Rewrite> live', () => {
  it('exposes the DOM contract, the original sentence and a labelled textarea; no model answer and no rubric yet', () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'rewrite',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': String(max),
    })
    expect(wrapper.text()).toContain(data.original)
    const textarea = wrapper.get('textarea')
    expect(wrapper.get(`label[for="${textarea.attributes('id')}"]`).text()).toContain('改成群众语言')
    expect(wrapper.findAll('.exercise__actions button').map(b => b.text())).toEqual(['检查答案', '重试', '查看答案'])
    expect(compareButton(wrapper).attributes('disabled')).toBeDefined()
    expect(wrapper.text()).not.toContain(model)
    expect(wrapper.text()).not.toContain(data.rubric[0]!.text)
  })

  it('write → compare (text locked, model and rubric shown) → rate every criterion → check: the score is the self-rating', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    await wrapper.get('textarea').setValue('大爷，您带上身份证，我帮您填表。')
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
    expect(compareButton(wrapper).attributes('disabled')).toBeUndefined()
    await compareButton(wrapper).trigger('click')
    expect(compareButton(wrapper).exists()).toBe(false)
    expect(wrapper.get('textarea').attributes('readonly')).toBeDefined()
    expect(wrapper.get('.models').text()).toContain(model)
    const groups = wrapper.findAll('[role="radiogroup"]')
    expect(groups).toHaveLength(data.rubric.length)
    groups.forEach((group, i) => {
      expect(wrapper.get(`#${group.attributes('aria-labelledby')}`).text()).toBe(data.rubric[i]!.text)
      expect(group.findAll('label').map(l => l.text())).toEqual(['做到', '部分做到', '没做到'])
    })
    expect(shellButton(wrapper, '检查答案').attributes('disabled')).toBeDefined()
    await rateAll(wrapper, [0, 1, 0])
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    await shellButton(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'partial',
      'data-score': String(max - 1),
    })
    const status = wrapper.get('[role="status"]').text()
    expect(status).toContain(`自评 ${max - 1} / ${max} 分`)
    expect(status).toContain(data.rubric[1]!.text)
    expect(status).not.toContain(data.rubric[0]!.text)
    expect(wrapper.get('input[type="radio"]').attributes('disabled')).toBeDefined()
  })

  it('gives nothing for text alone: the keywords of the old scoring earn no points', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    await wrapper.get('textarea').setValue('今天先回去，身份证户口本，您请，帮您，再通知您')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'unanswered', 'data-score': '0' })
    expect(shellButton(wrapper, '检查答案').attributes('disabled')).toBeDefined()
    await compareButton(wrapper).trigger('click')
    await rateAll(wrapper, [2, 2, 2])
    await shellButton(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'incorrect', 'data-score': '0' })
  })

  it('retry clears the text, the ratings and the model answer', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    await wrapper.get('textarea').setValue(model)
    await compareButton(wrapper).trigger('click')
    await rateAll(wrapper, [0, 0, 0])
    await shellButton(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('correct')
    expect(wrapper.get('[role="status"]').text()).toContain('每一条都做到了')
    await shellButton(wrapper, '重试').trigger('click')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('')
    expect(wrapper.find('.models').exists()).toBe(false)
    expect(wrapper.findAll('[role="radiogroup"]')).toHaveLength(0)
  })

  it('renders learner text as text only, never as HTML', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    const attack = '<img src=x onerror=alert(1)>'
    await wrapper.get('textarea').setValue(attack)
    await compareButton(wrapper).trigger('click')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe(attack)
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it('shows the model answer rated 做到 throughout on 查看答案, without crediting the learner', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    await shellButton(wrapper, '查看答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'revealed', 'data-score': '0' })
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe(model)
    expect(wrapper.get('.models').text()).toContain(model)
    const chosen = wrapper.findAll('input[type="radio"]').filter(r => (r.element as HTMLInputElement).checked)
    expect(chosen).toHaveLength(data.rubric.length)
    expect(chosen.every(r => r.attributes('value') === '2')).toBe(true)
  })
})

describe('<Rewrite> print and answer key', () => {
  it('prints the prompt, ruled lines and the rubric as a checklist, no model answer', () => {
    printMode.value = true
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.text()).toContain(data.original)
    expect(wrapper.findAll('.line').length).toBeGreaterThanOrEqual(2)
    const rows = wrapper.findAll('.rubric-table tr')
    expect(rows.map(r => r.get('th').text())).toEqual(data.rubric.map(c => c.text))
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.rubric.length * 3)
    expect(rows[0]!.findAll('td').map(td => td.text())).toEqual(['做到', '部分做到', '没做到'])
    expect(wrapper.findAll('button, textarea, input')).toHaveLength(0)
    for (const answer of data.modelAnswers)
      expect(wrapper.text()).not.toContain(answer)
  })

  it('lists the model answers and the rubric with its points in the key', () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID, mode: 'key' },
    })
    for (const answer of data.modelAnswers)
      expect(wrapper.text()).toContain(answer)
    for (const criterion of data.rubric)
      expect(wrapper.text()).toContain(criterion.text)
    expect(wrapper.text()).toContain('做到 2 分、部分做到 1 分、没做到 0 分')
    expect(wrapper.text()).toContain(`满分 ${max} 分`)
  })
})
