// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import Flashcards from './Flashcards.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm9-flashcards'
const data = getExercise(ID, 'flashcards')
const [first, second] = data.cards

afterEach(() => {
  exerciseStore.clear()
  printMode.value = false
})

const root = (wrapper: VueWrapper) => wrapper.get('[data-exercise]')
const click = (wrapper: VueWrapper, name: string) => wrapper.findAll('button').find(b => b.text() === name)!.trigger('click')

describe('<Flashcards> live', () => {
  it('shows the front, turns over to the back, and rates the card', async () => {
    const wrapper = mount(Flashcards, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'flashcards',
      'data-state': 'unanswered',
      'data-max-score': String(data.cards.length),
    })
    expect(wrapper.get('.card__front').text()).toBe(first!.front)
    expect(wrapper.text()).not.toContain(first!.back)
    await click(wrapper, '翻面')
    expect(wrapper.get('.card__back').text()).toBe(first!.back)
    await click(wrapper, '记住了')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'answered', 'data-score': '1' })
    expect(wrapper.get('.card__front').text()).toBe(second!.front)
    expect(wrapper.find('.card__back').exists()).toBe(false)
  })

  it('turns the card over with a tap on the card itself, and a second tap leaves it turned', async () => {
    const wrapper = mount(Flashcards, {
      props: { id: ID },
    })
    await wrapper.get('[data-kit-flip]').trigger('click')
    expect(wrapper.get('.card__back').text()).toBe(first!.back)
    await wrapper.get('[data-kit-flip]').trigger('click')
    expect(wrapper.get('.card__back').text()).toBe(first!.back)
    expect(wrapper.findAll('button').map(b => b.text())).toContain('记住了')
  })

  it('brings 再看一次 cards back until all are 记住了', async () => {
    const wrapper = mount(Flashcards, {
      props: { id: ID },
    })
    await click(wrapper, '翻面')
    await click(wrapper, '再看一次')
    for (let i = 1; i < data.cards.length; i++) {
      await click(wrapper, '翻面')
      await click(wrapper, '记住了')
    }
    expect(wrapper.get('.card__front').text()).toBe(first!.front)
    expect(wrapper.get('.progress').text()).toContain('待复习 1 张')
    await click(wrapper, '翻面')
    await click(wrapper, '记住了')
    expect(wrapper.find('.card').exists()).toBe(false)
    expect(wrapper.get('.done').text()).toContain('全部')
    await click(wrapper, '检查答案')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(data.cards.length),
    })
  })

  it('reports a partial round and lists the cards to look at again', async () => {
    const wrapper = mount(Flashcards, {
      props: { id: ID },
    })
    await click(wrapper, '翻面')
    await click(wrapper, '记住了')
    await click(wrapper, '翻面')
    await click(wrapper, '再看一次')
    await click(wrapper, '检查答案')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'partial', 'data-score': '1' })
    expect(wrapper.get('[role="status"]').text()).toContain(`记住了 1 / ${data.cards.length} 张`)
    expect(wrapper.get('.summary__list').text()).toContain(second!.front)
  })

  it('lists every card with its back on 查看答案', async () => {
    const wrapper = mount(Flashcards, {
      props: { id: ID },
    })
    await click(wrapper, '查看答案')
    expect(root(wrapper).attributes('data-state')).toBe('revealed')
    expect(wrapper.findAll('.card-table tbody tr')).toHaveLength(data.cards.length)
    expect(wrapper.text()).toContain(data.cards.at(-1)!.back)
  })
})

describe('<Flashcards> print and answer key', () => {
  it('prints the fronts with blank lines and never a back', () => {
    printMode.value = true
    const wrapper = mount(Flashcards, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.findAll('.blank')).toHaveLength(data.cards.length)
    expect(wrapper.findAll('button')).toHaveLength(0)
    for (const card of data.cards) {
      expect(wrapper.text()).toContain(card.front)
      expect(wrapper.text()).not.toContain(card.back)
    }
  })

  it('lists fronts with backs in the key', () => {
    const wrapper = mount(Flashcards, {
      props: { id: ID, mode: 'key' },
    })
    for (const card of data.cards)
      expect(wrapper.text()).toContain(card.back)
  })
})
