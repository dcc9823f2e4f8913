// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import ActionPlan from './ActionPlan.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm9-action-plan'
const data = getExercise(ID, 'action-plan')

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

const shellButtons = (wrapper: VueWrapper) => wrapper.findAll('[data-exercise] > .exercise__actions button')
const state = (wrapper: VueWrapper) => wrapper.get('[data-exercise]').attributes('data-state')
const status = (wrapper: VueWrapper) => wrapper.get('[role="status"]').text()

async function fillRequired(wrapper: VueWrapper, step = '每周走访 3 户独居老人'): Promise<void> {
  await wrapper.get('select').setValue(data.competencies[0])
  await wrapper.get('.step__text').setValue(step)
  await wrapper.get('.step__date').setValue('2026-12-31')
  await wrapper.findAll('input[type="text"]').at(-1)!.setValue('一个月走访 12 户')
}

describe('<ActionPlan> live', () => {
  it('is unscored and lists what is still needed before it can be checked', async () => {
    const wrapper = mount(ActionPlan, {
      props: { id: ID },
    })
    expect(wrapper.get('[data-exercise]').attributes()).toMatchObject({
      'data-exercise': 'action-plan',
      'data-state': 'unanswered',
      'data-max-score': '0',
    })
    expect(wrapper.findAll('select option').map(o => o.text()).slice(1)).toEqual(data.competencies)
    expect(status(wrapper)).toBe('还需填写：要提升的能力、至少一步（含日期）、怎样算做到了。')
    expect(shellButtons(wrapper)[0]!.attributes('disabled')).toBeDefined()
    await wrapper.get('select').setValue(data.competencies[1])
    expect(status(wrapper)).toBe('还需填写：至少一步（含日期）、怎样算做到了。')
  })

  it('checks a complete plan: answered, with suggestions for the optional fields', async () => {
    const wrapper = mount(ActionPlan, {
      props: { id: ID },
    })
    await fillRequired(wrapper)
    expect(state(wrapper)).toBe('answered')
    await shellButtons(wrapper)[0]!.trigger('click')
    expect(state(wrapper)).toBe('answered')
    expect(status(wrapper)).toContain('计划已保存')
    expect(status(wrapper)).toContain('可以写上谁能支持你')
    expect(wrapper.get('.step__text').attributes('readonly')).toBeDefined()
  })

  it('adds up to three steps, flags a step without a date and a vague step', async () => {
    const wrapper = mount(ActionPlan, {
      props: { id: ID },
    })
    await fillRequired(wrapper)
    const add = () => wrapper.get('.add')
    await add().trigger('click')
    await add().trigger('click')
    expect(wrapper.findAll('.step')).toHaveLength(3)
    expect(wrapper.find('.add').exists()).toBe(false)
    await wrapper.findAll('.step__text')[1]!.setValue('每天记录接待情况')
    await wrapper.findAll('.step__text')[2]!.setValue('加强沟通')
    await wrapper.findAll('.step__date')[2]!.setValue('2026-12-20')
    await shellButtons(wrapper)[0]!.trigger('click')
    expect(status(wrapper)).toContain('第 2 步还没有完成日期')
    expect(status(wrapper)).toContain('第 3 步太笼统')
    expect(wrapper.findAll('.step').map(s => s.classes('field--flagged'))).toEqual([false, true, true])
  })

  it('removes a step', async () => {
    const wrapper = mount(ActionPlan, {
      props: { id: ID },
    })
    await wrapper.get('.add').trigger('click')
    await wrapper.findAll('.step__text')[1]!.setValue('第二步')
    await wrapper.get('button[aria-label="删除第 1 步"]').trigger('click')
    expect(wrapper.findAll('.step')).toHaveLength(1)
    expect((wrapper.get('.step__text').element as HTMLInputElement).value).toBe('第二步')
  })

  it('继续修改 goes back to editing the same plan after checking', async () => {
    const wrapper = mount(ActionPlan, {
      props: { id: ID },
    })
    await fillRequired(wrapper)
    await shellButtons(wrapper)[0]!.trigger('click')
    await wrapper.get('.after button').trigger('click')
    expect(wrapper.get('.step__text').attributes('readonly')).toBeUndefined()
    expect((wrapper.get('.step__text').element as HTMLInputElement).value).toBe('每周走访 3 户独居老人')
  })

  it('shows the worked example on 查看答案', async () => {
    const wrapper = mount(ActionPlan, {
      props: { id: ID },
    })
    await shellButtons(wrapper)[2]!.trigger('click')
    expect(state(wrapper)).toBe('revealed')
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe(data.example.competency)
    expect((wrapper.get('.step__text').element as HTMLInputElement).value).toBe(data.example.steps[0]!.text)
  })
})

describe('<ActionPlan> print and answer key', () => {
  it('prints an empty form with boxes and lines', () => {
    printMode.value = true
    const wrapper = mount(ActionPlan, {
      props: { id: ID },
    })
    expect(wrapper.get('[data-exercise]').attributes('data-mode')).toBe('print')
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.competencies.length)
    expect(wrapper.findAll('.print-steps li')).toHaveLength(3)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.text()).not.toContain(data.example.evidence)
    expect(wrapper.text()).toContain('怎样算做到了')
  })

  it('shows the worked example in the key', () => {
    const wrapper = mount(ActionPlan, {
      props: { id: ID, mode: 'key' },
    })
    expect(wrapper.text()).toContain(data.example.steps[0]!.text)
    expect(wrapper.text()).toContain(data.example.evidence)
    expect(wrapper.text()).toContain(data.example.reflection)
  })
})
