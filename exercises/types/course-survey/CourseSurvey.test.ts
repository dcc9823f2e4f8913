// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import CourseSurvey from './CourseSurvey.vue'
import { courseSurvey, SURVEY_ANSWER_MAX_LENGTH, SURVEY_SCALE } from './kind.ts'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'course-survey'
const data = getExercise(ID, 'course-survey')

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

const root = (wrapper: VueWrapper) => wrapper.get('[data-exercise]')
const button = (wrapper: VueWrapper, name: string) => wrapper.findAll('.exercise__actions button').find(b => b.text() === name)!

describe('<CourseSurvey> live', () => {
  it('draws one named radio group 1–5 per statement and a labelled, capped textarea per question; unscored', () => {
    const wrapper = mount(CourseSurvey, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'course-survey',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-max-score': '0',
    })
    const groups = wrapper.findAll('[role="radiogroup"]')
    expect(groups).toHaveLength(data.ratings.length)
    groups.forEach((group, i) => {
      expect(wrapper.get(`#${group.attributes('aria-labelledby')}`).text()).toBe(data.ratings[i]!.text)
      const radios = group.findAll('input[type="radio"]')
      expect(radios).toHaveLength(5)
      // Native radios sharing one name: one Tab stop per group.
      expect(new Set(radios.map(r => r.attributes('name'))).size).toBe(1)
      expect(group.findAll('label').map(l => l.text())).toEqual([...SURVEY_SCALE])
    })
    expect(new Set(groups.map(g => g.get('input').attributes('name'))).size).toBe(data.ratings.length)
    const fields = wrapper.findAll('textarea')
    expect(fields).toHaveLength(data.questions.length)
    fields.forEach((field, i) => {
      expect(wrapper.get(`label[for="${field.attributes('id')}"]`).text()).toBe(data.questions[i]!.text)
      expect(field.attributes('maxlength')).toBe(String(SURVEY_ANSWER_MAX_LENGTH))
    })
  })

  it('is answered once every statement is rated; submitting marks it done and locks it; answers stay text', async () => {
    const wrapper = mount(CourseSurvey, {
      props: { id: ID },
    })
    const groups = wrapper.findAll('[role="radiogroup"]')
    for (const group of groups.slice(0, -1))
      await group.findAll('input')[3]!.setValue(true)
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
    await groups.at(-1)!.findAll('input')[4]!.setValue(true)
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    await wrapper.get('textarea').setValue('<script>多一些案例</script>')
    const response = useExercise(courseSurvey, data).response.value
    expect(Object.values(response.ratings)).toEqual([
      ...data.ratings.slice(0, -1).map(() => 4),
      5,
    ])
    expect(response.answers).toEqual({ [data.questions[0]!.id]: '<script>多一些案例</script>' })
    await button(wrapper, '提交评估').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'answered', 'data-score': '0' })
    expect(wrapper.get('[role="status"]').text()).toContain('已提交')
    expect(wrapper.find('.exercise__score').exists()).toBe(false)
    expect(wrapper.get('input[type="radio"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('textarea').attributes('readonly')).toBeDefined()
    expect(wrapper.find('script').exists()).toBe(false)
  })

  it('填写说明 keeps the learner\'s own answers (there is no right answer)', async () => {
    const wrapper = mount(CourseSurvey, {
      props: { id: ID },
    })
    await wrapper.get('input[type="radio"]').setValue(true)
    await button(wrapper, '填写说明').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('revealed')
    expect(wrapper.get('[role="status"]').text()).toContain('没有标准答案')
    expect((wrapper.get('input[type="radio"]').element as HTMLInputElement).checked).toBe(true)
  })
})

describe('<CourseSurvey> print and key', () => {
  it('prints a table of empty boxes under the scale and ruled lines per question', () => {
    printMode.value = true
    const wrapper = mount(CourseSurvey, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['看法', ...SURVEY_SCALE])
    expect(wrapper.findAll('tbody tr').map(tr => tr.get('th').text())).toEqual(data.ratings.map(r => r.text))
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.ratings.length * 5)
    for (const question of data.questions)
      expect(wrapper.text()).toContain(question.text)
    expect(wrapper.findAll('.survey__line')).toHaveLength(data.questions.length * 2)
    expect(wrapper.findAll('button, input, textarea')).toHaveLength(0)
    expect(wrapper.text()).not.toContain('如何收集')
  })

  it('gives the facilitator the same empty form with how to collect it', () => {
    const wrapper = mount(CourseSurvey, {
      props: { id: ID, mode: 'key' },
    })
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.ratings.length * 5)
    expect(wrapper.get('.survey__collect').text()).toContain('如何收集')
    expect(wrapper.get('.survey__collect').text()).toContain('同意')
  })
})
