/**
 * The drag source side of drag and drop in an exercise view (mouse and touch; the keyboard path of each
 * view stays the accessible way). Each view decides where a drop lands; this holds what both share:
 * - only items dragged from this exercise are accepted (a private drag data type, so a drop on a text
 *   field inserts nothing, and drops of files, text or another exercise's items are refused);
 * - nothing can be dragged or dropped while the exercise is not editable (checked or revealed);
 * - a touch on a draggable item does not reach Slidev, where a swipe would change the slide. Mouse
 *   presses pass on: Slidev changes slides on a click only outside the slide, and a drag uses no keys.
 */
import type { Ref } from 'vue'
import { ref } from 'vue'

export interface ExerciseDragOptions {
  /** Drag data type private to the view, e.g. `application/x-kit-ordering`. */
  type: string
  /** `move` to rearrange the exercise's items, `copy` to use an item as an answer elsewhere. */
  effect: 'move' | 'copy'
}

export interface ExerciseDrag {
  /** Id of the item being dragged from this exercise, or null. */
  dragged: Ref<string | null>
  /** `dragstart` of item `id`: starts the drag, or cancels it while the exercise is not editable. */
  start: (id: string, event: DragEvent) => void
  /**
   * `dragover` or `drop`: the id of this exercise's item being dragged, with the event accepted (default
   * prevented), or null when the event is none of this exercise's business.
   */
  accept: (event: DragEvent) => string | null
  /** `dragend` (and after a drop): the drag is over. */
  end: () => void
  /** `pointerdown` on a draggable item: keeps a touch from Slidev's swipe navigation. */
  keepPointer: (event: PointerEvent) => void
}

export function useExerciseDrag(editable: Readonly<Ref<boolean>>, options: ExerciseDragOptions): ExerciseDrag {
  const dragged = ref<string | null>(null)
  return {
    dragged,
    start(id, event) {
      if (!editable.value || !event.dataTransfer) {
        event.preventDefault()
        return
      }
      event.dataTransfer.effectAllowed = options.effect
      event.dataTransfer.setData(options.type, id)
      dragged.value = id
    },
    accept(event) {
      if (!editable.value || dragged.value === null)
        return null
      event.preventDefault()
      if (event.dataTransfer)
        event.dataTransfer.dropEffect = options.effect
      return dragged.value
    },
    end() {
      dragged.value = null
    },
    keepPointer(event) {
      if (editable.value && event.pointerType === 'touch')
        event.stopPropagation()
    },
  }
}
