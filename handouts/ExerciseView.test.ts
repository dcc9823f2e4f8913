// @vitest-environment happy-dom
import type { RenderMode } from '../composables/useRenderMode.ts'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { exerciseStore } from '../composables/useExerciseStore.ts'
import { EXERCISES } from '../exercises/registry.ts'
import ExerciseView from './ExerciseView.vue'

vi.mock('@slidev/client', () => ({
  useNav: () => ({
    isPrintMode: ref(false),
  }),
}))

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
function drawTwice(id: string, mode: RenderMode) {
  const Twice = defineComponent(() => () => h('div', [
    h(ExerciseView, { id, mode }),
    h(ExerciseView, { id, mode }),
  ]))
  return mount(Twice, { attachTo: document.body })
}

describe('an exercise drawn twice on one page', () => {
  for (const mode of ['live', 'print', 'key'] as const) {
    it.each([
      ...EXERCISES.keys(),
    ])(`${mode}: %s keeps every DOM id unique and every id reference pointing at its own copy`, (id) => {
      const wrapper = drawTwice(id, mode)
      const [first, second] = wrapper.element.children
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
