/** Drag-and-drop helpers for component tests (happy-dom): its drag events carry no DataTransfer. */
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import { expect, vi } from 'vitest'

/** A DataTransfer stand-in to pass as `{ dataTransfer }` in triggered drag events. */
export class DataTransferStub {
  effectAllowed = 'uninitialized'
  dropEffect = 'none'
  readonly data = new Map<string, string>()
  setData(type: string, value: string): void {
    this.data.set(type, value)
  }

  getData(type: string): string {
    return this.data.get(type) ?? ''
  }
}

/**
 * A touch on the first draggable element (`draggable(wrapper)`) must not reach Slidev (a swipe there
 * changes slides) while the exercise is editable; a mouse press passes on; after 查看答案 a touch passes too.
 */
export async function expectTouchKeptFromSlidev(wrapper: VueWrapper, draggable: (wrapper: VueWrapper) => DOMWrapper<Element>, reveal: () => Promise<void>): Promise<void> {
  const reached = vi.fn()
  document.body.addEventListener('pointerdown', reached)
  try {
    await draggable(wrapper).trigger('pointerdown', { pointerType: 'touch' })
    expect(reached).not.toHaveBeenCalled()
    await draggable(wrapper).trigger('pointerdown', { pointerType: 'mouse' })
    expect(reached).toHaveBeenCalledTimes(1)
    await reveal()
    await draggable(wrapper).trigger('pointerdown', { pointerType: 'touch' })
    expect(reached).toHaveBeenCalledTimes(2)
  }
  finally {
    document.body.removeEventListener('pointerdown', reached)
  }
}
