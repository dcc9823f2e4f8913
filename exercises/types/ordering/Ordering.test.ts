// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { DataTransferStub, expectTouchKeptFromSlidev } from '../../../tests/lib/drag.ts'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { initialOrder, moveItem } from './kind.ts'
import Ordering from './Ordering.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const ID = 'm6-cycle-order-1'
const data = getExercise(ID, 'ordering')
const textOf = (id: string) => data.items.find(item => item.id === id)!.text

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

function shownTexts(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.step__text').map(s => s.text())
}

/** Moves items with the 上移 buttons until the list is in the correct order (a selection sort). */
async function solve(wrapper: VueWrapper): Promise<void> {
  for (const [target, item] of data.items.entries()) {
    let at = shownTexts(wrapper).indexOf(item.text)
    while (at > target) {
      await wrapper.get(`button[aria-label="上移：${item.text}"]`).trigger('click')
      at--
    }
  }
}

describe('<Ordering> live', () => {
  it('exposes the DOM contract and starts from the fixed scramble, with named move buttons', () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes()).toMatchObject({
      'data-exercise': 'ordering',
      'data-exercise-id': ID,
      'data-state': 'unanswered',
      'data-score': '0',
      'data-max-score': String(data.items.length),
    })
    const start = initialOrder(data).map(textOf)
    expect(shownTexts(wrapper)).toEqual(start)
    expect(wrapper.get(`button[aria-label="上移：${start[0]}"]`).attributes('disabled')).toBeDefined()
    expect(wrapper.get(`button[aria-label="下移：${start.at(-1)}"]`).attributes('disabled')).toBeDefined()
    expect(wrapper.get(`button[aria-label="下移：${start[0]}"]`).attributes('disabled')).toBeUndefined()
    expect(button(wrapper, '检查答案').attributes('disabled')).toBeDefined()
  })

  it('moves an item, announces its new position and keeps focus on it', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
      attachTo: document.body,
    })
    const start = initialOrder(data).map(textOf)
    await wrapper.get(`button[aria-label="上移：${start[1]}"]`).trigger('click')
    await new Promise(resolve => setTimeout(resolve))
    expect(shownTexts(wrapper).slice(0, 2)).toEqual([start[1], start[0]])
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    expect(wrapper.get('[role="status"]').text()).toBe(`“${start[1]}”移到第 1 位（共 ${start.length} 位）。`)
    // 上移 is now disabled at the top: focus moved to the item's 下移 button.
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`下移：${start[1]}`)
    wrapper.unmount()
  })

  it('marks each item ✓ or × in text after checking, then scores full marks after retry', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    const start = initialOrder(data).map(textOf)
    await wrapper.get(`button[aria-label="下移：${start[0]}"]`).trigger('click')
    await button(wrapper, '检查答案').trigger('click')
    const score = Number(root(wrapper).attributes('data-score'))
    const marks = wrapper.findAll('.step__mark').map(m => m.text())
    expect(marks).toHaveLength(data.items.length)
    expect(marks.filter(m => m === '✓ 位置正确')).toHaveLength(score)
    expect(marks.filter(m => m === '× 位置不对')).toHaveLength(data.items.length - score)
    expect(root(wrapper).attributes('data-state')).toBe(score > 0
      ? 'partial'
      : 'incorrect')
    expect(wrapper.findAll('.step__button').every(b => b.attributes('disabled') !== undefined)).toBe(true)

    await button(wrapper, '重试').trigger('click')
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
    expect(shownTexts(wrapper)).toEqual(start)
    expect(wrapper.get('[role="status"]').text()).toBe('')
    await solve(wrapper)
    expect(shownTexts(wrapper)).toEqual(data.items.map(item => item.text))
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(data.items.length),
    })
    expect(wrapper.get('[role="status"]').text()).toContain('回答正确')
    expect(wrapper.findAll('.step__mark').map(m => m.text())).toEqual(data.items.map(() => '✓ 位置正确'))
  })

  it('shows the correct order and the rationale on 查看答案', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    await button(wrapper, '查看答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({ 'data-state': 'revealed', 'data-score': '0' })
    expect(shownTexts(wrapper)).toEqual(data.items.map(item => item.text))
    expect(wrapper.text()).toContain(data.rationale)
  })
})

/** The response saved for the exercise (what scoring and persistence see). */
function storedOrder(): string[] {
  return exerciseStore.get<{ order: string[] }>(ID, () => {
    throw new Error('no state stored')
  }, () => true).response.order
}

/** Rows are 30px tall, 40px apart; the y between row k-1 and row k (k = 0 above the first, k = n below the last). */
const ROW = 40
const gapY = (k: number) => k * ROW - 5

function row(wrapper: VueWrapper, text: string) {
  return wrapper.findAll('.step').find(li => li.get('.step__text').text() === text)!
}

/** Drags the item `text` with the mouse and drops it in gap `k`; returns the drop event. */
async function drag(wrapper: VueWrapper, text: string, k: number): Promise<Event> {
  const dataTransfer = new DataTransferStub()
  const source = row(wrapper, text)
  await source.trigger('dragstart', { dataTransfer })
  const target = wrapper.findAll('.step').at(Math.min(k, data.items.length - 1))!
  await target.trigger('dragover', {
    dataTransfer,
    clientY: gapY(k),
  })
  let dropped!: Event
  target.element.addEventListener('drop', (event) => {
    dropped = event
  }, { once: true })
  await target.trigger('drop', {
    dataTransfer,
    clientY: gapY(k),
  })
  await source.trigger('dragend', { dataTransfer })
  return dropped
}

describe('<Ordering> drag and drop', () => {
  beforeEach(() => {
    // happy-dom lays nothing out: every list item gets a box from its place in the list.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const index = [
        ...this.parentElement?.children ?? [],
      ].indexOf(this)
      return DOMRect.fromRect({
        x: 0,
        y: index * ROW,
        width: 300,
        height: 30,
      })
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('offers every item for dragging, with a hint and a grip that screen readers skip', () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    expect(wrapper.get('.kit-hint').text()).toBe('可拖动排序，或用“上移”“下移”按钮。')
    const rows = wrapper.findAll('.step')
    expect(rows.map(li => li.attributes('draggable'))).toEqual(data.items.map(() => 'true'))
    expect(rows.every(li => li.get('.kit-drag-handle').attributes('aria-hidden') === 'true')).toBe(true)
  })

  it('moves a dropped item to the gap shown by the indicator, like the buttons, and announces it', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    const start = initialOrder(data)
    const last = textOf(start.at(-1)!)
    const dataTransfer = new DataTransferStub()
    await row(wrapper, last).trigger('dragstart', { dataTransfer })
    expect(dataTransfer.effectAllowed).toBe('move')
    expect(row(wrapper, last).classes()).toContain('kit-dragging')
    // Over the upper half of the second item: the bar shows above it.
    await wrapper.findAll('.step')[1]!.trigger('dragover', { dataTransfer, clientY: ROW + 5 })
    expect(wrapper.findAll('.step').map(li => li.classes('step--gap-before'))).toEqual(start.map((_, i) => i === 1))
    await wrapper.findAll('.step')[1]!.trigger('drop', { dataTransfer, clientY: ROW + 5 })
    await row(wrapper, last).trigger('dragend', { dataTransfer })

    const expected = moveItem(start, start.length - 1, 1 - (start.length - 1))
    expect(shownTexts(wrapper)).toEqual(expected.map(textOf))
    expect(storedOrder()).toEqual(expected)
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    expect(wrapper.get('[role="status"]').text()).toBe(`“${last}”移到第 2 位（共 ${start.length} 位）。`)
    expect(wrapper.findAll('.step--gap-before, .step--gap-after, .kit-dragging')).toHaveLength(0)
  })

  it('drops below the last item, and shows no indicator nor moves for the item\'s own place', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    const start = initialOrder(data).map(textOf)
    const dataTransfer = new DataTransferStub()
    await row(wrapper, start[0]!).trigger('dragstart', { dataTransfer })
    for (const k of [0, 1]) {
      await wrapper.findAll('.step')[k]!.trigger('dragover', {
        dataTransfer,
        clientY: gapY(k),
      })
      expect(wrapper.findAll('.step--gap-before, .step--gap-after')).toHaveLength(0)
    }
    await wrapper.findAll('.step')[0]!.trigger('drop', {
      dataTransfer,
      clientY: gapY(1),
    })
    expect(root(wrapper).attributes('data-state')).toBe('unanswered')
    expect(shownTexts(wrapper)).toEqual(start)

    await row(wrapper, start[0]!).trigger('dragstart', { dataTransfer })
    await wrapper.findAll('.step').at(-1)!.trigger('dragover', {
      dataTransfer,
      clientY: gapY(start.length),
    })
    expect(wrapper.findAll('.step').at(-1)!.classes()).toContain('step--gap-after')
    await wrapper.findAll('.step').at(-1)!.trigger('drop', {
      dataTransfer,
      clientY: gapY(start.length),
    })
    expect(shownTexts(wrapper)).toEqual([
      ...start.slice(1),
      start[0],
    ])
  })

  it('is solved by dragging alone and scores full marks', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    for (const [target, item] of data.items.entries()) {
      if (shownTexts(wrapper)[target] !== item.text)
        expect((await drag(wrapper, item.text, target)).defaultPrevented).toBe(true)
    }
    expect(shownTexts(wrapper)).toEqual(data.items.map(item => item.text))
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(data.items.length),
    })
  })

  it('ignores drags once checked or solved, and drags that did not start in the list', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    const start = initialOrder(data).map(textOf)
    // A drop with no drag started here (another exercise, a file, a text) changes nothing.
    const stranger = new DataTransferStub()
    await wrapper.findAll('.step')[0]!.trigger('dragover', {
      dataTransfer: stranger,
      clientY: gapY(0),
    })
    expect(wrapper.findAll('.step--gap-before')).toHaveLength(0)
    await wrapper.findAll('.step')[0]!.trigger('drop', {
      dataTransfer: stranger,
      clientY: gapY(0),
    })
    expect(shownTexts(wrapper)).toEqual(start)

    await drag(wrapper, start[1]!, 0)
    const moved = shownTexts(wrapper)
    await button(wrapper, '检查答案').trigger('click')
    expect(wrapper.find('.kit-hint').exists()).toBe(false)
    expect(wrapper.findAll('.step').every(li => li.attributes('draggable') === 'false')).toBe(true)
    expect(wrapper.findAll('.kit-draggable')).toHaveLength(0)
    const dataTransfer = new DataTransferStub()
    let started!: Event
    wrapper.findAll('.step')[2]!.element.addEventListener('dragstart', (event) => {
      started = event
    }, { once: true })
    await wrapper.findAll('.step')[2]!.trigger('dragstart', { dataTransfer })
    expect(started.defaultPrevented).toBe(true)
    await wrapper.findAll('.step')[0]!.trigger('drop', {
      dataTransfer,
      clientY: gapY(0),
    })
    expect(shownTexts(wrapper)).toEqual(moved)
    expect(storedOrder().map(textOf)).toEqual(moved)

    await button(wrapper, '重试').trigger('click')
    await button(wrapper, '查看答案').trigger('click')
    await drag(wrapper, data.items[0]!.text, data.items.length)
    expect(shownTexts(wrapper)).toEqual(data.items.map(item => item.text))
    expect(root(wrapper).attributes('data-state')).toBe('revealed')
    expect(storedOrder()).toEqual([])
  })

  it('keeps a touch on an item from reaching Slidev, where a swipe would change the slide', async () => {
    const wrapper = mount(Ordering, {
      props: { id: ID },
      attachTo: document.body,
    })
    await expectTouchKeptFromSlidev(wrapper, w => w.findAll('.step')[0]!, async () => {
      await button(wrapper, '查看答案').trigger('click')
    })
    wrapper.unmount()
  })
})

describe('<Ordering> print and answer key', () => {
  it('prints the scrambled items with an empty box each, no solution', () => {
    printMode.value = true
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    expect(root(wrapper).attributes('data-mode')).toBe('print')
    expect(wrapper.findAll('.kit-box')).toHaveLength(data.items.length)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.findAll('[draggable="true"], .kit-drag-handle')).toHaveLength(0)
    expect(wrapper.text()).not.toContain('拖')
    expect(wrapper.findAll('.print-steps li').map(li => li.text())).toEqual(initialOrder(data).map(textOf))
    expect(wrapper.text()).not.toContain(data.rationale)
  })

  it('prints from the scramble even when the learner has solved it', async () => {
    const live = mount(Ordering, {
      props: { id: ID },
    })
    await solve(live)
    printMode.value = true
    const wrapper = mount(Ordering, {
      props: { id: ID },
    })
    expect(wrapper.findAll('.print-steps li').map(li => li.text())).toEqual(initialOrder(data).map(textOf))
  })

  it('lists the correct order and the rationale in the answer key', () => {
    const wrapper = mount(Ordering, {
      props: { id: ID, mode: 'key' },
    })
    expect(wrapper.findAll('.key-steps li').map(li => li.text())).toEqual(data.items.map(item => item.text))
    expect(wrapper.findAll('[draggable="true"], .kit-drag-handle')).toHaveLength(0)
    expect(wrapper.text()).toContain(data.rationale)
  })
})
