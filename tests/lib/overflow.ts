/**
 * Finds what a room could not read: elements outside the slide canvas, and clipped or overflowing text.
 * A scroll region by design (`.kit-scroll`, a live exercise's body) may be taller inside than its box:
 * it must itself lie on the canvas; what it holds is clipped by it on purpose, so it is not checked here,
 * except that nothing in it may be wider than the region. Text in a diagram's box must stay in the box.
 */
import type { Page } from '@playwright/test'

/**
 * Checks every slide root matched by `slideSelector` (each a `[data-slidev-no]` element).
 * Returns one line per problem, naming the slide number and the element.
 */
export async function overflowProblems(page: Page, slideSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = []
    const tolerance = 1
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24)
      return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string'
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : ''}> "${text}"`
    }
    for (const slide of document.querySelectorAll(selector)) {
      const no = slide.getAttribute('data-slidev-no')
      const layout = slide.querySelector('.slidev-layout')
      if (!layout)
        continue
      const box = slide.getBoundingClientRect()
      if (layout.scrollHeight > layout.clientHeight + tolerance)
        problems.push(`slide ${no}: content is ${layout.scrollHeight - layout.clientHeight}px taller than the slide`)
      // A scroll region scrolls up and down only: nothing in it may be wider than the region.
      for (const region of layout.querySelectorAll('.kit-scroll')) {
        if (region.scrollWidth > region.clientWidth + tolerance)
          problems.push(`slide ${no}: ${describe(region)} is ${region.scrollWidth - region.clientWidth}px too narrow for what it holds`)
      }
      // Diagram text drawn in a box (a <g> with a <rect>) stays inside that box.
      for (const group of layout.querySelectorAll('svg g')) {
        const rect = group.querySelector(':scope > rect')
        if (!rect)
          continue
        const frame = rect.getBoundingClientRect()
        for (const text of group.querySelectorAll(':scope > text')) {
          const drawn = text.getBoundingClientRect()
          if (drawn.width > 0 && (drawn.left < frame.left - tolerance || drawn.right > frame.right + tolerance || drawn.top < frame.top - tolerance || drawn.bottom > frame.bottom + tolerance))
            problems.push(`slide ${no}: diagram text ${describe(text)} runs out of its box`)
        }
      }
      for (const el of layout.querySelectorAll('*')) {
        if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg')
          continue
        const scroller = el.parentElement?.closest('.kit-scroll')
        if (scroller && layout.contains(scroller))
          continue
        const rect = el.getBoundingClientRect()
        // Empty boxes, and screen-reader-only text (a 1px clipped box), are not visible content.
        if (rect.width <= 1 || rect.height <= 1)
          continue
        const style = getComputedStyle(el)
        if (style.visibility === 'hidden' || style.display === 'none' || style.position === 'fixed')
          continue
        if (rect.left < box.left - tolerance || rect.top < box.top - tolerance || rect.right > box.right + tolerance || rect.bottom > box.bottom + tolerance)
          problems.push(`slide ${no}: ${describe(el)} lies outside the canvas`)
        // Form fields scroll their own text by design; everything else must show all of its content.
        const isField = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
        const clips = !isField && !el.classList.contains('kit-scroll') && (['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowY) || ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX))
        if (clips && (el.scrollHeight > el.clientHeight + tolerance || el.scrollWidth > el.clientWidth + tolerance))
          problems.push(`slide ${no}: ${describe(el)} clips its content`)
      }
    }
    return [
      ...new Set(problems),
    ]
  }, slideSelector)
}

/**
 * Controls of slide `no` that Slidev's navigation bar covers. The bar sits over the bottom-left corner and
 * appears (and takes the clicks) as soon as the pointer comes near it, so a button there cannot be clicked.
 * The bar is found through the kit's own button in it (custom-nav-controls.vue).
 */
export async function controlsUnderNavigation(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const bar = document.querySelector('.kit-clear-answers')?.closest('nav')
    const slide = document.querySelector(`#slide-content [data-slidev-no="${no}"]`)
    if (!bar || !slide)
      return [`slide ${no}: no navigation bar or slide to check`]
    const navBox = bar.getBoundingClientRect()
    const problems: string[] = []
    for (const control of slide.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href], [role="button"], [role="tab"], [draggable="true"]')) {
      let box = control.getBoundingClientRect()
      // A control in a scroll region is visible (and clickable) only inside the region's box.
      const scroller = control.parentElement?.closest('.kit-scroll')
      if (scroller) {
        const clip = scroller.getBoundingClientRect()
        box = new DOMRect(box.left, Math.max(box.top, clip.top), box.width, Math.min(box.bottom, clip.bottom) - Math.max(box.top, clip.top))
      }
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(control).visibility === 'hidden')
        continue
      const overlapX = Math.min(box.right, navBox.right) - Math.max(box.left, navBox.left)
      const overlapY = Math.min(box.bottom, navBox.bottom) - Math.max(box.top, navBox.top)
      if (overlapX > 0 && overlapY > 0)
        problems.push(`slide ${no}: <${control.tagName.toLowerCase()}> "${(control.textContent ?? '').trim().slice(0, 12)}" lies under Slidev's navigation bar`)
    }
    return problems
  }, no)
}

/**
 * Live exercises on the slide whose body scrolls as the slide opens: part of the exercise is hidden until the
 * learner scrolls it, and a room sees only what is shown. One line per exercise, naming it and how much is hidden.
 */
export async function scrollingExerciseBodies(page: Page, slideSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = []
    for (const slide of document.querySelectorAll(selector)) {
      const no = slide.getAttribute('data-slidev-no')
      for (const exercise of slide.querySelectorAll('.exercise--live')) {
        const body = exercise.querySelector<HTMLElement>('.exercise__body')
        if (body && body.scrollHeight > body.clientHeight + 1)
          found.push(`slide ${no}: the ${exercise.getAttribute('data-exercise')} exercise "${exercise.getAttribute('data-exercise-id')}" hides ${body.scrollHeight - body.clientHeight}px of ${body.scrollHeight}px until scrolled`)
      }
    }
    return found
  }, slideSelector)
}
