import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { showSlide } from '../lib/site.ts'

const deck = DECKS[0]!

test('axe finds no serious or critical violation on any exercise slide, before and after checking', async ({ page }) => {
  test.setTimeout(240_000)
  const { slides, canvas } = await readDeck(deck.entry)
  await page.setViewportSize(canvas)
  const problems: string[] = []
  let scanned = 0
  for (let no = 1; no <= slides.length; no++) {
    await showSlide(page, deck, no)
    const slide = page.locator(`#slide-content [data-slidev-no="${no}"]`)
    await expect(slide.locator('.slidev-layout')).toBeVisible()
    if (await slide.locator('[data-exercise]').count() === 0)
      continue
    scanned++
    for (const phase of ['initial', 'solution shown']) {
      if (phase === 'solution shown') {
        for (const button of await slide.getByRole('button', { name: '查看答案' }).all())
          await button.click()
      }
      const results = await new AxeBuilder({ page }).include(`#slide-content [data-slidev-no="${no}"]`).analyze()
      for (const violation of results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical'))
        problems.push(`slide ${no} (${phase}): ${violation.id} — ${violation.help} (${violation.nodes.map(n => n.target.join(' ')).slice(0, 3).join('; ')})`)
    }
  }
  expect(scanned, 'exercise slides scanned').toBeGreaterThan(10)
  expect(problems.join('\n')).toBe('')
})
