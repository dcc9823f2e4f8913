// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import SelfAssessment from './SelfAssessment.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm2-self-assessment'
const data = getExercise(ID, 'self-assessment')
/** 4, 2, 5, 3, 4, 1, 3, 5, … */
const RATINGS = data.dimensions.map((_, i) => [4, 2, 5, 3, 4, 1, 3, 5][i % 8]!)

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

const root = (wrapper: VueWrapper) => wrapper.get('[data-exercise]')
const button = (wrapper: VueWrapper, name: string) => wrapper.findAll('button').find(b => b.text() === name)!

async function rateAll(wrapper: VueWrapper): Promise<void> {
  const groups = wrapper.findAll('[role="radiogroup"]')
  for (const [i, group] of groups.entries())
    await group.findAll('input[type="radio"]')[RATINGS[i]! - 1]!.setValue(true)
}

describe('<SelfAssessment> live', () => {
  it('exposes the DOM contract of an unscored exercise and one radio group 1–5 per competency', () => {
    const wrapper = mount(SelfAssessment, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'self-assessment',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': '0',
    })
    expect(wrapper.findAll('.exercise__actions button').map(b => b.text())).toEqual(['完成自评', '重试', '使用建议'])
    const groups = wrapper.findAll('[role="radiogroup"]')
    expect(groups).toHaveLength(data.dimensions.length)
    groups.forEach((group, i) => {
      expect(group.text()).toContain(data.dimensions[i]!.label)
      expect(group.findAll('input[type="radio"]')).toHaveLength(5)
    })
    expect(groups[0]!.findAll('input')[2]!.attributes('aria-label')).toBe(`3 分，${data.levels[2]!.label}`)
  })

  it('draws the ratings on the radar chart; checking marks it answered and names the two lowest', async () => {
    const wrapper = mount(SelfAssessment, {
      props: { id: ID },
    })
    await rateAll(wrapper)
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    const chart = wrapper.get('svg[role="img"]')
    data.dimensions.forEach((d, i) => expect(chart.attributes('aria-label')).toContain(`${d.label} ${RATINGS[i]} 分`))
    expect(chart.find('.radar-chart__values polygon').exists()).toBe(true)

    await button(wrapper, '完成自评').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'answered', 'data-score': '0' })
    const status = wrapper.get('[role="status"]').text()
    expect(status).toContain('已完成自评')
    // Unscored: the shell shows no "得分：0 / 0" line.
    expect(wrapper.find('.exercise__score').exists()).toBe(false)
    expect(status).toContain(`${data.dimensions[5]!.label}（1 分）`)
    expect(status).toContain(`${data.dimensions[1]!.label}（2 分）`)
    // Locked after checking.
    expect(wrapper.get('input[type="radio"]').attributes('disabled')).toBeDefined()
  })

  it('names every rating tied for lowest, and says so when all are the same', async () => {
    const wrapper = mount(SelfAssessment, {
      props: { id: ID },
    })
    for (const group of wrapper.findAll('[role="radiogroup"]'))
      await group.findAll('input[type="radio"]')[1]!.setValue(true)
    await button(wrapper, '完成自评').trigger('click')
    const status = wrapper.get('[role="status"]').text()
    expect(status).toContain('各项评分相同（都是 2 分）')
    expect(status).not.toContain('最低的两项')
  })

  it('使用建议 keeps the learner\'s ratings and shows guidance instead of a solution', async () => {
    const wrapper = mount(SelfAssessment, {
      props: { id: ID },
    })
    await rateAll(wrapper)
    await button(wrapper, '使用建议').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('revealed')
    expect(wrapper.get('[role="status"]').text()).toContain(data.guidance)
    expect(wrapper.findAll('input[type="radio"]').filter(r => (r.element as HTMLInputElement).checked)).toHaveLength(data.dimensions.length)
    await button(wrapper, '重试').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
  })
})

describe('<SelfAssessment> print and key', () => {
  it('prints a table with boxes 1–5 per competency and an empty radar grid, without guidance', () => {
    printMode.value = true
    const wrapper = mount(SelfAssessment, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.findAll('tbody tr')).toHaveLength(data.dimensions.length)
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.dimensions.length * 5)
    expect(wrapper.findAll('button')).toHaveLength(0)
    const chart = wrapper.get('svg[role="img"]')
    expect(chart.find('.radar-chart__values').exists()).toBe(false)
    expect(chart.findAll('.radar-chart__grid polygon')).toHaveLength(5)
    expect(wrapper.text()).not.toContain(data.guidance)
  })

  it('explains every level in the key (there is no right answer)', () => {
    const wrapper = mount(SelfAssessment, {
      props: { id: ID, mode: 'key' },
    })
    for (const level of data.levels) {
      expect(wrapper.text()).toContain(level.label)
      expect(wrapper.text()).toContain(level.description)
    }
    expect(wrapper.text()).toContain('没有标准答案')
    expect(wrapper.text()).toContain(data.guidance)
  })
})
