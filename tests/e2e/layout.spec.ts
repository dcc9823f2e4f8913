import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { controlsUnderNavigation, overflowProblems } from '../lib/overflow.ts'
import { showSlide, sitePath } from '../lib/site.ts'

for (const deck of DECKS) {
  test.describe(`slides a room can read: ${deck.name}`, () => {
    test('no slide overflows its canvas in the print view (worksheets included)', async ({ page }) => {
      const { slides, canvas } = await readDeck(deck.entry)
      await page.setViewportSize(canvas)
      await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
      await expect(page.locator('#print-content .print-slide-container')).toHaveCount(slides.length)
      await page.evaluate(() => document.fonts.ready)
      expect((await overflowProblems(page, '#print-content [data-slidev-no]')).join('\n')).toBe('')
    })

    test('at 1280×720, Slidev\'s navigation bar covers no control of a slide (it takes the clicks when it appears)', async ({ page }) => {
      const { slides } = await readDeck(deck.entry)
      await page.setViewportSize({ width: 1280, height: 720 })
      const problems: string[] = []
      for (const [index, slide] of slides.entries()) {
        // Controls come from components (exercises, the discussion timer); plain markdown has none.
        if (!/<[A-Z]/.test(slide.content))
          continue
        await showSlide(page, deck, index + 1)
        await expect(page.locator(`#slide-content [data-slidev-no="${index + 1}"] .slidev-layout`)).toBeVisible()
        problems.push(...await controlsUnderNavigation(page, index + 1))
      }
      expect(problems.join('\n')).toBe('')
    })
  })
}
