// @vitest-environment happy-dom
import type { RenderMode } from '../../composables/useRenderMode.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { EXERCISES } from '../catalog.ts'
import { EXERCISE_TYPES } from '../registry.ts'
import { exerciseStore } from '../runtime/useExerciseStore.ts'
import ExerciseView from './ExerciseView.vue'

vi.mock('@slidev/client', () => ({
  useNav: () => ({
    isPrintMode: ref(false),
  }),
}))

// Load every view module up front, so that the async components resolve at once when drawn.
beforeAll(async () => {
  await Promise.all(Object.values(EXERCISE_TYPES).map(definition => (definition as { view: () => Promise<unknown> }).view()))
}, 60_000)
afterEach(() => exerciseStore.clear())

const REFERENCES = [
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-errormessage',
]

/** Draws exercise `id` twice side by side, as the overview, a handout or the presenter's next-slide preview do. */
async function drawTwice(id: string, mode: RenderMode) {
  const Twice = defineComponent(() => () => h('div', [
    h(ExerciseView, { id, mode }),
    h(ExerciseView, { id, mode }),
  ]))
  const wrapper = mount(Twice, { attachTo: document.body })
  // The views are async components (loaded with their type): wait until both are drawn.
  for (let i = 0; i < 20 && wrapper.findAll('[data-exercise]').length < 2; i++) {
    await flushPromises()
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  expect(wrapper.findAll('[data-exercise]')).toHaveLength(2)
  return wrapper
}

describe('an exercise drawn twice on one page', () => {
  for (const mode of ['live', 'print', 'key'] as const) {
    it.each([
      ...EXERCISES.keys(),
    ])(`${mode}: %s keeps every DOM id unique and every id reference pointing at its own copy`, async (id) => {
      const wrapper = await drawTwice(id, mode)
      const [first, second] = wrapper.element.children
      expect(wrapper.element.querySelectorAll('[id]').length, 'ids drawn').toBeGreaterThan(0)
      const ids = [
        ...wrapper.element.querySelectorAll('[id]'),
      ].map(e => e.id)
      const duplicates = ids.filter((value, i) => ids.indexOf(value) !== i)
      expect(duplicates).toEqual([])
      for (const copy of [first!, second!]) {
        for (const attribute of REFERENCES) {
          for (const element of copy.querySelectorAll(`[${attribute}]`)) {
            for (const target of element.getAttribute(attribute)!.split(/\s+/).filter(Boolean))
              expect(copy.querySelector(`[id="${target}"]`), `${attribute}="${target}" within its own copy`).not.toBeNull()
          }
        }
      }
      wrapper.unmount()
    })
  }
})
