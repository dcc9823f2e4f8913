// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { useScrollRegionFocus } from './useScrollRegionFocus.ts'

/** A region whose content height the test sets (happy-dom lays nothing out). */
function mountRegion(content: number, box: number) {
  const outside = vi.fn()
  const Region = defineComponent({
    setup() {
      const region = ref<HTMLElement>()
      const { tabindex, keepScrollKeys } = useScrollRegionFocus(region)
      return () => h('div', { onKeydown: outside }, [
        h('div', {
          ref: (el: unknown) => {
            const element = el as HTMLElement | null
            if (element) {
              Object.defineProperty(element, 'scrollHeight', {
                configurable: true,
                get: () => content,
              })
              Object.defineProperty(element, 'clientHeight', {
                configurable: true,
                get: () => box,
              })
            }
            region.value = element ?? undefined
          },
          class: 'region',
          tabindex: tabindex.value,
          onKeydown: keepScrollKeys,
        }, [
          h('button', 'inside'),
        ]),
      ])
    },
  })
  return {
    wrapper: mount(Region, { attachTo: document.body }),
    outside,
  }
}

describe('useScrollRegionFocus', () => {
  it('makes a region that scrolls a tab stop, and keeps its scroll keys from the page', async () => {
    const { wrapper, outside } = mountRegion(800, 300)
    await nextTick()
    const region = wrapper.get('.region')
    expect(region.attributes('tabindex')).toBe('0')
    await region.trigger('keydown', { key: 'ArrowDown' })
    await region.trigger('keydown', { key: 'PageUp' })
    expect(outside).not.toHaveBeenCalled()
    // Other keys, and keys pressed on a control inside, still reach the page (Slidev's shortcuts).
    await region.trigger('keydown', { key: 'ArrowRight' })
    await wrapper.get('button').trigger('keydown', { key: 'ArrowDown' })
    expect(outside).toHaveBeenCalledTimes(2)
    wrapper.unmount()
  })

  it('adds no tab stop to a region that fits', async () => {
    const { wrapper } = mountRegion(300, 300)
    await nextTick()
    expect(wrapper.get('.region').attributes('tabindex')).toBeUndefined()
    wrapper.unmount()
  })
})
