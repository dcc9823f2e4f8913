/**
 * Every slide of each deck on the canvas (the projector, a learner's laptop), walked once with the keyboard as a
 * learner pages through it (↓ = next slide), no error and no request off loopback on the way. On each slide, as
 * it opens: legible from the back row (tests/lib/legibility.ts) and nothing outside the canvas or clipped
 * (tests/lib/overflow.ts); every exercise shown whole, without scrolling its card;
 * on each exercise slide, axe before and after 查看答案, and the canvas again with the solution shown. One walk
 * instead of four: most of a walk's time is drawing the slides.
 */
import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { labelsFor } from '../../exercises/labels.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { seriousViolations } from '../lib/axe.ts'
import { guardPage } from '../lib/guard.ts'
import { LEGIBILITY, legibilityProblems } from '../lib/legibility.ts'
import { overflowProblems, scrollingExerciseBodies } from '../lib/overflow.ts'
import { slideUrl } from '../lib/site.ts'

for (const deck of DECKS) {
  test(`${deck.name}: every slide paged through with the keyboard; legible from the back row (text ≥ ${LEGIBILITY.text}px, body ≥ ${LEGIBILITY.body}px, controls ≥ ${LEGIBILITY.target}px), nothing off the canvas, exercises clean under axe and fitting with their solution shown`, async ({ page }) => {
    test.setTimeout(300_000)
    const { slides, canvas } = await readDeck(deck.entry)
    await page.setViewportSize(canvas)
    const guard = await guardPage(page)
    await page.goto(slideUrl(deck, 1))
    await expect(page).toHaveTitle(/提升群众工作能力/)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    const legibility: string[] = []
    const overflow: string[] = []
    const hidden: string[] = []
    const axe: string[] = []
    let exerciseSlides = 0
    for (let no = 1; no <= slides.length; no++) {
      const selector = `#slide-content [data-slidev-no="${no}"]`
      const slide = page.locator(selector)
      await expect(slide.locator('.slidev-layout')).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      legibility.push(...await legibilityProblems(page, selector))
      overflow.push(...await overflowProblems(page, selector))
      hidden.push(...await scrollingExerciseBodies(page, selector))
      if (await slide.locator('[data-exercise]').count()) {
        exerciseSlides++
        axe.push(...(await seriousViolations(page, selector)).map(line => `slide ${no} (initial): ${line}`))
        for (const exercise of await slide.locator('[data-exercise]').all()) {
          const type = (await exercise.getAttribute('data-exercise'))!
          await exercise.getByRole('button', { name: labelsFor(type).showSolution, exact: true }).click()
        }
        overflow.push(...(await overflowProblems(page, selector)).map(line => `${line} (solution shown)`))
        axe.push(...(await seriousViolations(page, selector)).map(line => `slide ${no} (solution shown): ${line}`))
        // Back to the slide, as a learner clicking beside the exercise: the arrows navigate again.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      }
      await page.keyboard.press('ArrowDown') // Slidev: next slide (skips click steps)
      if (no < slides.length)
        await page.waitForURL(new RegExp(`#/${no + 1}(?:\\?|$)`))
    }
    // ↓ on the last slide goes nowhere: the key has been handled by the next frame.
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    expect(page.url()).toMatch(new RegExp(`#/${slides.length}(?:\\?|$)`))
    expect(legibility.join('\n')).toBe('')
    expect(overflow.join('\n')).toBe('')
    expect(hidden.join('\n'), 'exercises that scroll as their slide opens').toBe('')
    expect(axe.join('\n')).toBe('')
    expect(exerciseSlides, 'exercise slides scanned').toBeGreaterThan(deck === DECKS[0]
      ? 10
      : 3)
    expect(guard.problems).toEqual([])
  })
}
