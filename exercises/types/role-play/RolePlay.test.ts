// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { room } from '../../../composables/useRoom.ts'
import { getExercise } from '../../catalog.ts'
import { useExercise } from '../../runtime/useExercise.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { rolePlay } from './kind.ts'
import RolePlay from './RolePlay.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm6-roleplay-noise'
const data = getExercise(ID, 'role-play')
const TAB_NAMES = ['场景与流程', '工作人员', '群众', '观察员', '观察记录']

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
  document.body.innerHTML = ''
})

const root = (wrapper: VueWrapper) => wrapper.get('[data-exercise]')
const button = (wrapper: VueWrapper, name: string) => wrapper.findAll('.exercise__actions button').find(b => b.text() === name)!
const tabs = (wrapper: VueWrapper) => wrapper.findAll('[role="tab"]')
const visiblePanels = (wrapper: VueWrapper) => wrapper.findAll('[role="tabpanel"]').filter(p => p.attributes('hidden') === undefined)

describe('<RolePlay> live', () => {
  it('shows five tabs (scene and steps, three role cards, the observers\' checklist and notes); unscored', () => {
    const wrapper = mount(RolePlay, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'role-play',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-max-score': '0',
    })
    expect(wrapper.text()).toContain(data.scene)
    const steps = wrapper.findAll('.rp__steps li')
    expect(steps.map(s => s.text())).toEqual(data.steps.map(s => `${s.label}${s.minutes} 分钟`))
    expect(tabs(wrapper).map(t => t.text())).toEqual(TAB_NAMES)
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(data.checklist.length)
    const notes = wrapper.get('textarea')
    expect(wrapper.get(`label[for="${notes.attributes('id')}"]`).text()).toContain('观察笔记')
    // No debrief before it is asked for.
    expect(wrapper.text()).not.toContain(data.debrief[0])
  })

  it('has tabs per the WAI-ARIA pattern: one selected, one Tab stop, each controlling its own panel', () => {
    const wrapper = mount(RolePlay, {
      props: { id: ID },
    })
    const [brief, ...others] = tabs(wrapper)
    expect(wrapper.get('[role="tablist"]').attributes('aria-label')).toBe('角色扮演')
    expect(brief!.attributes()).toMatchObject({ 'aria-selected': 'true', 'tabindex': '0' })
    for (const tab of others)
      expect(tab.attributes()).toMatchObject({ 'aria-selected': 'false', 'tabindex': '-1' })
    tabs(wrapper).forEach((tab) => {
      const panel = wrapper.get(`#${tab.attributes('aria-controls')}`)
      expect(panel.attributes('role')).toBe('tabpanel')
      expect(panel.attributes('aria-labelledby')).toBe(tab.attributes('id'))
    })
    expect(visiblePanels(wrapper)).toHaveLength(1)
    expect(visiblePanels(wrapper)[0]!.text()).toContain(data.scene)
    // Each role's card in its own panel; the checklist and notes in the last.
    data.roles.forEach((role, index) => {
      const panel = wrapper.get(`#${tabs(wrapper)[index + 1]!.attributes('aria-controls')}`)
      expect(panel.text()).toContain(role.name)
      expect(panel.text()).toContain(role.card[0])
    })
    const observe = wrapper.get(`#${tabs(wrapper).at(-1)!.attributes('aria-controls')}`)
    expect(observe.findAll('input[type="checkbox"]')).toHaveLength(data.checklist.length)
    expect(observe.find('textarea').exists()).toBe(true)
  })

  it('moves between tabs with the arrow keys (wrapping), Home and End, and by click', async () => {
    const wrapper = mount(RolePlay, {
      props: { id: ID },
      attachTo: document.body,
    })
    const list = wrapper.get('[role="tablist"]')
    const selected = () => tabs(wrapper).findIndex(t => t.attributes('aria-selected') === 'true')
    const last = TAB_NAMES.length - 1
    const outside = vi.fn()
    document.addEventListener('keydown', outside)
    await list.trigger('keydown', { key: 'ArrowRight' })
    expect(selected()).toBe(1)
    expect(document.activeElement).toBe(tabs(wrapper)[1]!.element)
    expect(visiblePanels(wrapper)[0]!.text()).toContain(data.roles[0].name)
    await list.trigger('keydown', { key: 'ArrowLeft' })
    await list.trigger('keydown', { key: 'ArrowLeft' })
    expect(selected()).toBe(last)
    await list.trigger('keydown', { key: 'Home' })
    expect(selected()).toBe(0)
    await list.trigger('keydown', { key: 'End' })
    expect(selected()).toBe(last)
    expect(tabs(wrapper)[last]!.attributes('tabindex')).toBe('0')
    expect(tabs(wrapper)[0]!.attributes('tabindex')).toBe('-1')
    // The arrow keys never reach Slidev's shortcuts.
    expect(outside).not.toHaveBeenCalled()
    await list.trigger('keydown', { key: 'a' })
    expect(outside).toHaveBeenCalledTimes(1)
    document.removeEventListener('keydown', outside)
    await tabs(wrapper)[2]!.trigger('click')
    expect(selected()).toBe(2)
    wrapper.unmount()
  })

  it('shows the tab the room shows: switched in one window (the presenter view), it is switched in the other (the projector)', async () => {
    const presenter = mount(RolePlay, {
      props: { id: ID },
    })
    const projector = mount(RolePlay, {
      props: { id: ID },
    })
    await tabs(presenter).at(-1)!.trigger('click')
    expect(tabs(projector).at(-1)!.attributes('aria-selected')).toBe('true')
    expect(visiblePanels(projector)[0]!.findAll('input[type="checkbox"]')).toHaveLength(data.checklist.length)
    // Clearing the answers goes back to the first tab, in every window.
    exerciseStore.clear()
    await projector.vm.$nextTick()
    expect(tabs(projector)[0]!.attributes('aria-selected')).toBe('true')
  })

  it('shows the first tab when the room holds anything but a tab number', async () => {
    const wrapper = mount(RolePlay, {
      props: { id: ID },
    })
    for (const bad of [
      '2',
      99,
      -1,
      1.5,
      null,
      { tab: 1 },
    ]) {
      room.put('views', `${ID}:panel`, bad)
      await wrapper.vm.$nextTick()
      expect(tabs(wrapper).map(t => t.attributes('aria-selected'))).toEqual(TAB_NAMES.map((_, i) => String(i === 0)))
      expect(visiblePanels(wrapper)).toHaveLength(1)
    }
  })

  it('records ticks and notes as the response; checking marks it answered and locks it', async () => {
    const wrapper = mount(RolePlay, {
      props: { id: ID },
    })
    const boxes = wrapper.findAll('input[type="checkbox"]')
    await boxes[2]!.setValue(true)
    await boxes[0]!.setValue(true)
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    await boxes[2]!.setValue(false)
    await boxes[1]!.setValue(true)
    await wrapper.get('textarea').setValue('“您先坐，慢慢说”很管用')
    expect(useExercise(rolePlay, data).response.value).toEqual({
      checked: [data.checklist[0]!.id, data.checklist[1]!.id],
      notes: '“您先坐，慢慢说”很管用',
    })
    await button(wrapper, '记录观察').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'answered', 'data-score': '0' })
    expect(wrapper.get('[role="status"]').text()).toContain(`看到 2 / ${data.checklist.length} 项`)
    expect(wrapper.find('.exercise__score').exists()).toBe(false)
    expect(wrapper.get('input[type="checkbox"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('textarea').attributes('readonly')).toBeDefined()
  })

  it('is answered by notes alone, and 复盘问题 shows the debrief while keeping the learner\'s notes', async () => {
    const wrapper = mount(RolePlay, {
      props: { id: ID },
    })
    await wrapper.get('textarea').setValue('<b>原话</b>')
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    await button(wrapper, '复盘问题').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('revealed')
    for (const question of data.debrief)
      expect(wrapper.get('[role="status"]').text()).toContain(question)
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('<b>原话</b>')
    expect(wrapper.find('b').exists()).toBe(false)
  })
})

describe('<RolePlay> print and key', () => {
  it('prints the scene, three cut-out role cards and the observer checklist with empty boxes and lines', () => {
    printMode.value = true
    const wrapper = mount(RolePlay, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.text()).toContain(data.scene)
    const cards = wrapper.findAll('.rp-print__card')
    // Each card is headed by its role, then who plays it: "群众：张阿姨，67 岁".
    expect(cards.map(c => c.get('h4').text())).toEqual(data.roles.map(r => `${{ worker: '工作人员', resident: '群众', observer: '观察员' }[r.role]}：${r.name}`))
    cards.forEach((card, i) => {
      expect(card.text()).toContain(data.roles[i]!.name)
      for (const line of data.roles[i]!.card)
        expect(card.text()).toContain(line)
    })
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.checklist.length)
    expect(wrapper.findAll('.rp-print__line').length).toBeGreaterThanOrEqual(3)
    expect(wrapper.findAll('button, input, textarea, [role="tab"]')).toHaveLength(0)
    for (const question of data.debrief)
      expect(wrapper.text()).not.toContain(question)
  })

  it('gives the facilitator the steps with minutes, what good looks like and the debrief questions', () => {
    const wrapper = mount(RolePlay, {
      props: { id: ID, mode: 'key' },
    })
    const text = wrapper.text()
    const total = data.steps.reduce((sum, s) => sum + s.minutes, 0)
    expect(text).toContain(`三人一组，每轮轮换角色，共 ${total} 分钟`)
    for (const step of data.steps)
      expect(text).toContain(`${step.label}（${step.minutes} 分钟）`)
    expect(text).toContain('一人演工作人员，一人演群众，一人当观察员')
    expect(text).toContain('轮换角色')
    expect(text).toContain('做得好是什么样')
    for (const item of data.checklist)
      expect(text).toContain(item.text)
    for (const question of data.debrief)
      expect(text).toContain(question)
  })
})
