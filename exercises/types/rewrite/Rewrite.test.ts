// @vitest-environment happy-dom
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

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

const buttons = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('[data-exercise] > .exercise__actions button')

describe('<Rewrite> live', () => {
  it('exposes the DOM contract, the original sentence and a labelled textarea', () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    const root = wrapper.get('[data-exercise]')
    expect(root.attributes()).toMatchObject({
      'data-exercise': 'rewrite',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': String(data.criteria.reduce((s, c) => s + c.points, 0)),
    })
    expect(wrapper.text()).toContain(data.original)
    const textarea = wrapper.get('textarea')
    expect(wrapper.get(`label[for="${textarea.attributes('id')}"]`).text()).toContain('改成群众语言')
    expect(buttons(wrapper).map(b => b.text())).toEqual(['检查答案', '重试', '查看答案'])
    // No model answer before an attempt.
    expect(wrapper.text()).not.toContain(model)
  })

  it('marks met and missed criteria after checking, with hints, the penalty and the model answers', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    await wrapper.get('textarea').setValue('请按程序带上身份证。')
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('answered')
    await buttons(wrapper)[0]!.trigger('click')
    const root = wrapper.get('[data-exercise]')
    // materials + polite = 2, minus 1 for 按程序.
    expect(root.attributes()).toMatchObject({ 'data-state': 'partial', 'data-score': '1' })
    expect(wrapper.findAll('.criteria .met').map(li => li.text())).toEqual([
      expect.stringContaining('说清要带什么材料'),
      expect.stringContaining('有称呼和礼貌'),
    ])
    const missed = wrapper.get('.criteria .missed')
    expect(missed.text()).toContain('×')
    expect(missed.text()).toContain(data.criteria[2]!.hint)
    expect(wrapper.get('[role="status"]').text()).toBe('说到了 2 / 3 个要点。仍有官腔“按程序”，扣 1 分。对照提示，可以重试。')
    for (const answer of data.modelAnswers)
      expect(wrapper.get('.models').text()).toContain(answer)
    expect(wrapper.get('textarea').attributes('readonly')).toBeDefined()
  })

  it('gives full marks for a model answer, and retry clears the text', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    await wrapper.get('textarea').setValue(model)
    await buttons(wrapper)[0]!.trigger('click')
    expect(wrapper.get('[data-exercise]').attributes('data-state')).toBe('correct')
    expect(wrapper.get('[role="status"]').text()).toContain('改得好')
    await buttons(wrapper)[1]!.trigger('click')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('')
    expect(wrapper.find('.models').exists()).toBe(false)
  })

  it('renders learner text as text only, never as HTML', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    const attack = '<img src=x onerror=alert(1)>'
    await wrapper.get('textarea').setValue(attack)
    await buttons(wrapper)[0]!.trigger('click')
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe(attack)
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it('shows the model answers on 查看答案 without crediting the learner', async () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    await buttons(wrapper)[2]!.trigger('click')
    expect(wrapper.get('[data-exercise]').attributes()).toMatchObject({ 'data-state': 'revealed', 'data-score': '0' })
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe(model)
    expect(wrapper.get('.models').text()).toContain(model)
  })
})

describe('<Rewrite> print and answer key', () => {
  it('prints the original and ruled lines, no model answer and no criteria', () => {
    printMode.value = true
    const wrapper = mount(Rewrite, {
      props: { id: ID },
    })
    expect(wrapper.get('[data-exercise]').attributes('data-mode')).toBe('print')
    expect(wrapper.text()).toContain(data.original)
    expect(wrapper.findAll('.line').length).toBeGreaterThanOrEqual(2)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.find('textarea').exists()).toBe(false)
    for (const answer of data.modelAnswers)
      expect(wrapper.text()).not.toContain(answer)
  })

  it('lists the model answers, criteria with keywords and the phrases to avoid in the key', () => {
    const wrapper = mount(Rewrite, {
      props: { id: ID, mode: 'key' },
    })
    for (const answer of data.modelAnswers)
      expect(wrapper.text()).toContain(answer)
    for (const criterion of data.criteria) {
      expect(wrapper.text()).toContain(criterion.label)
      expect(wrapper.text()).toContain(criterion.keywords[0])
    }
    expect(wrapper.text()).toContain(data.avoid[0])
  })
})
