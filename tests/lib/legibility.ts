/**
 * What the back row of a meeting room could not read on a slide: text under a minimum size on the
 * canvas, and controls smaller than a finger (or a presenter's mouse on a projected screen).
 */
import type { Page } from '@playwright/test'

/** Minimum sizes on the canvas, in CSS pixels of the 980 px wide slide. */
export const LEGIBILITY = {
  /** Any visible text. */
  text: 20,
  /** Paragraphs and list items of a content slide (outside components: exercises, timers, diagrams). */
  body: 24,
  /** An exercise's question, in the slide view. */
  question: 24,
  /** An exercise's options, in the slide view. */
  option: 22,
  /** Height (and width) of a control: buttons, selects, text fields, an option's label. */
  target: 44,
} as const

/**
 * Checks slide `no` (its `[data-slidev-no]` root matched by `slideSelector`) and returns one line per
 * problem, naming the slide, the size found and the text.
 */
export async function legibilityProblems(page: Page, slideSelector: string): Promise<string[]> {
  return page.evaluate(([selector, min]) => {
    const problems: string[] = []
    const slide = document.querySelector(selector)
    const layout = slide?.querySelector('.slidev-layout')
    if (!slide || !layout)
      return [`${selector}: no slide found`]
    const no = slide.getAttribute('data-slidev-no')
    // Canvas pixels per screen pixel: the slide is scaled to fit the window.
    const canvasWidth = (slide as HTMLElement).offsetWidth
    const scale = slide.getBoundingClientRect().width / canvasWidth
    const short = (text: string) => text.trim().replace(/\s+/g, ' ').slice(0, 30)
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect()
      if (rect.width <= 1 || rect.height <= 1)
        return false
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        return false
      // Screen-reader-only text (clipped to nothing) is not on the canvas.
      for (let e: Element | null = el; e && e !== layout; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (style.clipPath === 'inset(50%)' || (style.position === 'absolute' && e.getBoundingClientRect().width <= 1))
          return false
      }
      return true
    }
    /** The size the text is drawn at on the canvas (SVG text is scaled with its drawing). */
    const drawnSize = (el: Element) => {
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (el instanceof SVGElement && el.ownerSVGElement) {
        const ctm = (el as SVGGraphicsElement).getScreenCTM()
        return ctm
          ? size * Math.hypot(ctm.a, ctm.b) / scale
          : size
      }
      return size
    }
    const seen = new Set<Element>()
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      const el = node.parentElement
      if (!text.trim() || !el || seen.has(el) || !visible(el))
        continue
      seen.add(el)
      const size = Math.round(drawnSize(el) * 10) / 10
      const inExercise = el.closest('.exercise--live')
      const inDrawing = el.closest('svg')
      let wanted: number = min.text
      let what = 'text'
      if (inExercise && el.closest('.kit-question')) {
        wanted = min.question
        what = 'question'
      }
      else if (inExercise && el.closest('.kit-choice')) {
        wanted = min.option
        what = 'option'
      }
      else if (!inExercise && !inDrawing && layout.matches('.kit-content') && el.closest('p, li') && !el.closest('section, figure')) {
        wanted = min.body
        what = 'body text'
      }
      if (size < wanted - 0.05)
        problems.push(`slide ${no}: ${what} is ${size}px (at least ${wanted}px): "${short(text)}" <${el.tagName.toLowerCase()}.${[...el.classList].join('.')}>`)
    }
    const controls = layout.querySelectorAll('button, select, textarea, input:not([type="radio"], [type="checkbox"], [type="hidden"]), label:has(> input[type="radio"], > input[type="checkbox"])')
    for (const control of controls) {
      if (!visible(control))
        continue
      const rect = control.getBoundingClientRect()
      const height = rect.height / scale
      const width = rect.width / scale
      if (height < min.target - 0.5 || width < min.target - 0.5)
        problems.push(`slide ${no}: control is ${Math.round(width)}×${Math.round(height)}px (at least ${min.target}px): "${short(control.textContent || control.getAttribute('aria-label') || '')}" <${control.tagName.toLowerCase()}.${[...control.classList].join('.')}>`)
    }
    return problems
  }, [slideSelector, LEGIBILITY] as const)
}
