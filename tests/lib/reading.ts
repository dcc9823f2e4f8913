/**
 * What a learner on a phone could not use in the reading view (reading/ReadingView.vue): text below
 * 16 CSS px, tap targets below 44 × 44 CSS px, anything wider than the screen, and text squeezed into a column
 * a few characters wide (a canvas layout that did not stack).
 */
import type { Page } from '@playwright/test'

/** The phone profiles of the reading-view tests: portrait, with touch, as Playwright's device list has them. */
export const PHONES = [
  {
    name: '390×844',
    viewport: { width: 390, height: 844 },
    widthOnly: false,
  },
  {
    name: '360×740',
    viewport: { width: 360, height: 740 },
    widthOnly: false,
  },
  // The narrowest phone still in use (iPhone SE, 1st generation): checked for width only (nothing scrolls
  // sideways, nothing is squeezed); sizes are the two profiles above.
  {
    name: '320×568',
    viewport: { width: 320, height: 568 },
    widthOnly: true,
  },
] as const

/** Playwright context options of a phone profile. */
export function phoneContext(viewport: { width: number, height: number }) {
  return {
    viewport,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  }
}

/** Smallest readable text, in CSS px. */
export const MIN_TEXT_PX = 16
/** Smallest tap target, in CSS px each way. */
export const MIN_TARGET_PX = 44

/**
 * One line per problem in the reading view as it is drawn now, each naming the element. Text is measured
 * where it is drawn: an SVG's text at its font size times the SVG's scale on screen.
 */
export async function readingProblems(page: Page): Promise<string[]> {
  // The reading view raises small text in the animation frame after a change (reading/useMinimumTextSize.ts):
  // measure in that frame, after it (frame callbacks run in the order they were asked for).
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => resolve())))
  return page.evaluate(({ minText, minTarget }) => {
    const problems: string[] = []
    const root = document.querySelector('[data-kit-reading]')
    if (!root)
      return ['the reading view is not drawn']
    const tolerance = 0.5
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 20)
      const cls = typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
        : ''
      return `<${el.tagName.toLowerCase()}${cls}> "${text}"`
    }
    const shown = (el: Element) => {
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0)
        return false
      const rect = el.getBoundingClientRect()
      if (rect.width > 1 && rect.height > 1)
        return true
      // A box with no width (e.g. a grid column that collapsed) still draws its text, spilling out of it; only
      // text hidden on purpose (screen-reader-only, clipped) is not drawn.
      if (el.closest('.kit-sr-only, .sr-only') || style.clip !== 'auto' || style.clipPath !== 'none')
        return false
      const range = document.createRange()
      range.selectNodeContents(el)
      const drawn = range.getBoundingClientRect()
      return drawn.width > 1 && drawn.height > 1
    }

    // No horizontal scrolling, and nothing drawn past either edge of the screen.
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth > width + tolerance)
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px wide on a ${width}px screen)`)
    if (root.scrollWidth > root.clientWidth + tolerance)
      problems.push(`the reading view scrolls sideways (${root.scrollWidth}px wide on ${root.clientWidth}px)`)

    for (const el of root.querySelectorAll('*')) {
      if (!shown(el))
        continue
      const rect = el.getBoundingClientRect()
      if (rect.left < -tolerance || rect.right > width + tolerance)
        problems.push(`${describe(el)} goes past the edge of the screen (${Math.round(rect.left)}–${Math.round(rect.right)}px)`)

      // Text: every element holding text of its own.
      const ownNodes = [...el.childNodes].filter(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
      if (ownNodes.length) {
        const style = getComputedStyle(el)
        let size = Number.parseFloat(style.fontSize)
        if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) {
          const matrix = (el as SVGGraphicsElement).getScreenCTM?.()
          if (matrix)
            size *= Math.hypot(matrix.a, matrix.b)
        }
        if (size < minText - tolerance)
          problems.push(`${describe(el)} text is ${size.toFixed(1)}px`)
        // Text squeezed into a column a few characters wide (a layout that did not stack on the phone): its own
        // text runs over 4 or more lines of under 3.5 characters each (a narrow table column of short cells passes).
        const own = ownNodes.map(node => node.textContent!.trim()).join('')
        // Lines drawn = the height of the text itself (not of its box: a table cell is as tall as its row) over the
        // line height.
        let textHeight = 0
        for (const node of ownNodes) {
          const range = document.createRange()
          range.selectNodeContents(node)
          textHeight += range.getBoundingClientRect().height
        }
        const lineHeight = style.lineHeight === 'normal'
          ? 1.2 * size
          : Number.parseFloat(style.lineHeight)
        const lines = Math.round(textHeight / lineHeight)
        if (own.length >= 8 && !(el instanceof SVGElement) && lines >= 4 && own.length / lines < 3.5) {
          problems.push(`${describe(el)} is squeezed into a column ${Math.round(rect.width)}px wide`)
        }
        // A paragraph or list item of a canvas column left side by side (a layout that did not stack): prose
        // runs in a column under 40 % of the screen. Table cells are narrow by design.
        else if (own.length >= 12 && !(el instanceof SVGElement) && lines >= 2 && el.matches('p, li') && !el.closest('td, th')
          && rect.width < 0.4 * root.clientWidth) {
          problems.push(`${describe(el)} runs in a column ${Math.round(rect.width)}px wide on a ${root.clientWidth}px screen`)
        }
      }

      // Tap targets: controls, links and summaries; a radio or checkbox counts with its label.
      if (el.matches('button, a[href], select, textarea, summary, [role="button"], input:not([type="hidden"])')) {
        const target = el.matches('input[type="radio"], input[type="checkbox"]')
          ? (el.closest('label') ?? el)
          : el
        const box = target.getBoundingClientRect()
        if (box.width < minTarget - tolerance || box.height < minTarget - tolerance)
          problems.push(`${describe(el)} tap target is ${Math.round(box.width)}×${Math.round(box.height)}px`)
      }
    }
    return [
      ...new Set(problems),
    ]
  }, { minText: MIN_TEXT_PX, minTarget: MIN_TARGET_PX })
}

/** Of `readingProblems`, those about width: sideways scrolling, content past the screen's edge, squeezed text. */
export function isWidthProblem(problem: string): boolean {
  return /scrolls sideways|past the edge|squeezed|runs in a column/.test(problem)
}
