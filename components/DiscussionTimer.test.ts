// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { localRoomSync, room } from '../composables/useRoom.ts'
import DiscussionTimer from './DiscussionTimer.vue'

const printMode = ref(false)
vi.mock('@slidev/client', () => ({
  useNav: () => ({ isPrintMode: printMode }),
}))

const TOPIC = '两人一组：说说你最常说的一句官话。'

enableAutoUnmount(afterEach)
beforeEach(() => {
  vi.useFakeTimers()
  // Each test starts in a room of its own (the clock is shared by topic).
  room.connect(localRoomSync())
})
afterEach(() => {
  vi.useRealTimers()
  printMode.value = false
})

const button = (wrapper: VueWrapper, name: string) => wrapper.findAll('button').find(b => b.text() === name)!
const clock = (wrapper: VueWrapper) => wrapper.get('[role="timer"]').text()
const announcement = (wrapper: VueWrapper) => wrapper.get('[role="status"]').text()

async function advance(ms: number): Promise<void> {
  vi.advanceTimersByTime(ms)
  await nextTick()
}

describe('<DiscussionTimer>', () => {
  it('shows the topic and the full time, and counts down once started', async () => {
    const wrapper = mount(DiscussionTimer, {
      props: { minutes: 3, topic: TOPIC },
    })
    expect(wrapper.text()).toContain(TOPIC)
    expect(clock(wrapper)).toBe('03:00')
    expect(button(wrapper, '暂停').attributes('disabled')).toBeDefined()
    await button(wrapper, '开始').trigger('click')
    expect(button(wrapper, '开始').attributes('disabled')).toBeDefined()
    await advance(10_000)
    expect(clock(wrapper)).toBe('02:50')
    expect(announcement(wrapper)).toBe('')
  })

  it('pauses, resumes and resets', async () => {
    const wrapper = mount(DiscussionTimer, {
      props: { minutes: 3, topic: TOPIC },
    })
    await button(wrapper, '开始').trigger('click')
    await advance(30_000)
    await button(wrapper, '暂停').trigger('click')
    await advance(60_000)
    expect(clock(wrapper)).toBe('02:30')
    await button(wrapper, '开始').trigger('click')
    await advance(15_000)
    expect(clock(wrapper)).toBe('02:15')
    await button(wrapper, '重置').trigger('click')
    expect(clock(wrapper)).toBe('03:00')
    await advance(5_000)
    expect(clock(wrapper)).toBe('03:00')
  })

  it('announces politely at 1 minute left and at the end, then stops', async () => {
    const wrapper = mount(DiscussionTimer, {
      props: { minutes: 3, topic: TOPIC },
    })
    expect(wrapper.get('[role="status"]').attributes('aria-live')).toBe('polite')
    await button(wrapper, '开始').trigger('click')
    await advance(120_000)
    expect(clock(wrapper)).toBe('01:00')
    expect(announcement(wrapper)).toBe('还剩 1 分钟。')
    await advance(60_000)
    expect(clock(wrapper)).toBe('00:00')
    expect(announcement(wrapper)).toContain('时间到')
    expect(button(wrapper, '开始').attributes('disabled')).toBeDefined()
    expect(vi.getTimerCount()).toBe(0)
    await button(wrapper, '重置').trigger('click')
    expect(announcement(wrapper)).toBe('')
    expect(clock(wrapper)).toBe('03:00')
  })

  it('is one clock in every window: started in one, it runs in the other; paused and reset there, too', async () => {
    const presenter = mount(DiscussionTimer, {
      props: { minutes: 3, topic: TOPIC },
    })
    const audience = mount(DiscussionTimer, {
      props: { minutes: 3, topic: TOPIC },
    })
    const other = mount(DiscussionTimer, {
      props: { minutes: 3, topic: '另一个话题' },
    })
    await button(presenter, '开始').trigger('click')
    await advance(20_000)
    expect(clock(audience)).toBe('02:40')
    expect(button(audience, '开始').attributes('disabled')).toBeDefined()
    expect(clock(other)).toBe('03:00')
    await button(audience, '暂停').trigger('click')
    await advance(20_000)
    expect(clock(presenter)).toBe('02:40')
    await button(audience, '重置').trigger('click')
    expect(clock(presenter)).toBe('03:00')
  })

  it('stops ticking when unmounted', async () => {
    const wrapper = mount(DiscussionTimer, {
      props: { minutes: 1, topic: TOPIC },
    })
    await button(wrapper, '开始').trigger('click')
    expect(vi.getTimerCount()).toBe(1)
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('prints only the topic and the minutes', () => {
    printMode.value = true
    const wrapper = mount(DiscussionTimer, {
      props: { minutes: 3, topic: TOPIC },
    })
    expect(wrapper.text()).toContain(TOPIC)
    expect(wrapper.text()).toContain('3 分钟')
    expect(wrapper.find('[role="timer"]').exists()).toBe(false)
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})
