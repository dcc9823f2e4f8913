// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { DataTransferStub, expectTouchKeptFromSlidev } from '../../../tests/lib/drag.ts'
import { getExercise } from '../../catalog.ts'
import { exerciseStore } from '../../runtime/useExerciseStore.ts'
import { answerOrder, letterAt, matchOf } from './kind.ts'
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
    // The answers are buttons too (tap to place), then the three actions.
    expect(wrapper.findAll('button').map(b => b.text())).toEqual([
      ...answerOrder(data).map((a, i) => `${letterAt(i)}. ${a.text}`),
      '检查答案',
      '重试',
      '查看答案',
    ])
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

/** The learner's matches as saved (what scoring and persistence see). */
function storedMatches(): Record<string, string> {
  return exerciseStore.get<{ matches: Record<string, string> }>(ID, () => {
    throw new Error('no state stored')
  }, () => true).response.matches
}

const answerRow = (wrapper: VueWrapper, answerId: string) => wrapper.get(`.answers [data-answer-id="${answerId}"]`)
const promptRow = (wrapper: VueWrapper, index: number) => wrapper.findAll('.pair')[index]!

/** Drags answer `answerId` from the answer list and drops it on prompt row `index`; returns the drop event. */
async function drag(wrapper: VueWrapper, answerId: string, index: number): Promise<Event> {
  const dataTransfer = new DataTransferStub()
  await answerRow(wrapper, answerId).trigger('dragstart', { dataTransfer })
  await promptRow(wrapper, index).trigger('dragover', { dataTransfer })
  let dropped!: Event
  promptRow(wrapper, index).element.addEventListener('drop', (event) => {
    dropped = event
  }, { once: true })
  await promptRow(wrapper, index).trigger('drop', { dataTransfer })
  await answerRow(wrapper, answerId).trigger('dragend', { dataTransfer })
  return dropped
}

describe('<Matching> drag and drop', () => {
  it('offers every answer for dragging, with a hint and a grip that screen readers skip', () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    expect(wrapper.get('.kit-hint').text()).toBe('可点选一个答案再点“放这里”，也可把答案拖到要配对的一项上，或用下拉框选择。')
    const answers = wrapper.findAll('.answers li')
    expect(answers.map(li => li.attributes('data-answer-id'))).toEqual(answerOrder(data).map(a => a.id))
    expect(answers.map(li => li.attributes('draggable'))).toEqual(answerOrder(data).map(() => 'true'))
    expect(answers.every(li => li.get('.kit-drag-handle').attributes('aria-hidden') === 'true')).toBe(true)
    // The answer list still reads as before: letter and text.
    expect(answers.map(li => li.text())).toEqual(answerOrder(data).map((a, i) => `${letterAt(i)}. ${a.text}`))
  })

  it('chooses a dropped answer in the prompt\'s select, with the row marked while the answer is over it', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    const answerId = rightOf(data.prompts[1]!.id)
    const dataTransfer = new DataTransferStub()
    await answerRow(wrapper, answerId).trigger('dragstart', { dataTransfer })
    expect(dataTransfer.effectAllowed).toBe('copy')
    expect(answerRow(wrapper, answerId).classes()).toContain('kit-dragging')
    await promptRow(wrapper, 1).trigger('dragover', { dataTransfer })
    expect(wrapper.findAll('.pair').map(li => li.classes('kit-drop-target'))).toEqual(data.prompts.map((_, i) => i === 1))
    await promptRow(wrapper, 1).trigger('dragleave', { dataTransfer, relatedTarget: document.body })
    expect(wrapper.findAll('.kit-drop-target')).toHaveLength(0)
    await promptRow(wrapper, 1).trigger('dragover', { dataTransfer })
    await promptRow(wrapper, 1).trigger('drop', { dataTransfer })
    await answerRow(wrapper, answerId).trigger('dragend', { dataTransfer })

    expect((wrapper.findAll('select')[1]!.element as HTMLSelectElement).value).toBe(answerId)
    expect(storedMatches()).toEqual({ [data.prompts[1]!.id]: answerId })
    expect(wrapper.findAll('.kit-drop-target, .kit-dragging')).toHaveLength(0)
    // Another answer dropped on the same prompt replaces it; the select can still change it.
    const other = wrongOf(data.prompts[1]!.id)
    await drag(wrapper, other, 1)
    expect(storedMatches()).toEqual({ [data.prompts[1]!.id]: other })
    await wrapper.findAll('select')[1]!.setValue('')
    expect(storedMatches()).toEqual({})
  })

  it('is answered by dragging alone, one answer reused for two prompts if wanted, and scores full marks', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    await drag(wrapper, rightOf(data.prompts[0]!.id), 1)
    expect(storedMatches()).toEqual({
      [data.prompts[1]!.id]: rightOf(data.prompts[0]!.id),
    })
    for (const [index, prompt] of data.prompts.entries())
      expect((await drag(wrapper, rightOf(prompt.id), index)).defaultPrevented).toBe(true)
    expect(root(wrapper).attributes('data-state')).toBe('answered')
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(data.prompts.length),
    })
  })

  it('ignores drags once checked or solved, and drops of anything not dragged from its answers', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    const stranger = new DataTransferStub()
    await promptRow(wrapper, 0).trigger('dragover', { dataTransfer: stranger })
    expect(wrapper.findAll('.kit-drop-target')).toHaveLength(0)
    await promptRow(wrapper, 0).trigger('drop', { dataTransfer: stranger })
    expect(storedMatches()).toEqual({})

    await answer(wrapper, 0)
    const answered = storedMatches()
    await button(wrapper, '检查答案').trigger('click')
    expect(wrapper.find('.kit-hint').exists()).toBe(false)
    expect(wrapper.findAll('.answers li').every(li => li.attributes('draggable') === 'false')).toBe(true)
    expect(wrapper.findAll('.kit-draggable')).toHaveLength(0)
    const dataTransfer = new DataTransferStub()
    const first = rightOf(data.prompts[0]!.id)
    let started!: Event
    answerRow(wrapper, first).element.addEventListener('dragstart', (event) => {
      started = event
    }, { once: true })
    await answerRow(wrapper, first).trigger('dragstart', { dataTransfer })
    expect(started.defaultPrevented).toBe(true)
    await promptRow(wrapper, 0).trigger('dragover', { dataTransfer })
    await promptRow(wrapper, 0).trigger('drop', { dataTransfer })
    expect(storedMatches()).toEqual(answered)
    expect(root(wrapper).attributes('data-state')).toBe('incorrect')

    await button(wrapper, '重试').trigger('click')
    await button(wrapper, '查看答案').trigger('click')
    await drag(wrapper, wrongOf(data.prompts[0]!.id), 0)
    expect(storedMatches()).toEqual({})
    expect((wrapper.findAll('select')[0]!.element as HTMLSelectElement).value).toBe(first)
  })

  it('keeps a touch on an answer from reaching Slidev, where a swipe would change the slide', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
      attachTo: document.body,
    })
    await expectTouchKeptFromSlidev(wrapper, w => w.findAll('.answers li')[0]!, async () => {
      await button(wrapper, '查看答案').trigger('click')
    })
    wrapper.unmount()
  })
})

describe('<Matching> tap to place', () => {
  const pickButton = (wrapper: VueWrapper, answerId: string) => answerRow(wrapper, answerId).get('button.answer__pick')
  const placeButtons = (wrapper: VueWrapper) => wrapper.findAll('button.pair__place')

  it('picks an answer up with a tap and puts it in the prompt whose 放这里 is tapped, as the select would', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    expect(placeButtons(wrapper)).toHaveLength(0)
    const answerId = rightOf(data.prompts[1]!.id)
    await pickButton(wrapper, answerId).trigger('click')
    expect(pickButton(wrapper, answerId).attributes('aria-pressed')).toBe('true')
    expect(placeButtons(wrapper)).toHaveLength(data.prompts.length)
    expect(wrapper.get('[role="status"]').text()).toContain('已选')
    await placeButtons(wrapper)[1]!.trigger('click')
    expect(storedMatches()).toEqual({ [data.prompts[1]!.id]: answerId })
    expect((wrapper.findAll('select')[1]!.element as HTMLSelectElement).value).toBe(answerId)
    expect(placeButtons(wrapper)).toHaveLength(0)
    expect(pickButton(wrapper, answerId).attributes('aria-pressed')).toBe('false')
  })

  it('puts a picked answer down when it is tapped again', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    const answerId = answerOrder(data)[0]!.id
    await pickButton(wrapper, answerId).trigger('click')
    await pickButton(wrapper, answerId).trigger('click')
    expect(placeButtons(wrapper)).toHaveLength(0)
    expect(storedMatches()).toEqual({})
  })

  it('is answered by taps alone and scores full marks; once checked nothing can be picked', async () => {
    const wrapper = mount(Matching, {
      props: { id: ID },
    })
    for (const [index, prompt] of data.prompts.entries()) {
      await pickButton(wrapper, rightOf(prompt.id)).trigger('click')
      await placeButtons(wrapper)[index]!.trigger('click')
    }
    await button(wrapper, '检查答案').trigger('click')
    expect(root(wrapper).attributes()).toMatchObject({
      'data-state': 'correct',
      'data-score': String(data.prompts.length),
    })
    expect(wrapper.findAll('button.answer__pick').every(b => b.attributes('disabled') !== undefined)).toBe(true)
    await pickButton(wrapper, rightOf(data.prompts[0]!.id)).trigger('click')
    expect(placeButtons(wrapper)).toHaveLength(0)
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
    expect(wrapper.findAll('[draggable="true"], .kit-drag-handle')).toHaveLength(0)
    expect(wrapper.text()).not.toContain('拖')
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
    // Every answer no prompt is paired with is listed as a distractor.
    const paired = new Set(data.prompts.map(prompt => rightOf(prompt.id)))
    const distractors = data.answers.filter(answer => !paired.has(answer.id))
    expect(distractors.length).toBeGreaterThan(0)
    for (const distractor of distractors)
      expect(wrapper.get('.distractors').text()).toContain(distractor.text)
    expect(wrapper.findAll('[draggable="true"], .kit-drag-handle')).toHaveLength(0)
    expect(wrapper.text()).toContain(data.rationale)
  })
})
