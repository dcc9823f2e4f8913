import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { LEGIBILITY, legibilityProblems } from '../lib/legibility.ts'
import { showSlide } from '../lib/site.ts'

for (const deck of DECKS) {
  test(`legible from the back row: every slide of ${deck.name} (text ≥ ${LEGIBILITY.text}px, body ≥ ${LEGIBILITY.body}px, controls ≥ ${LEGIBILITY.target}px)`, async ({ page }) => {
    test.setTimeout(240_000)
    const { slides, canvas } = await readDeck(deck.entry)
    await page.setViewportSize(canvas)
    const problems: string[] = []
    for (let no = 1; no <= slides.length; no++) {
      await showSlide(page, deck, no)
      const selector = `#slide-content [data-slidev-no="${no}"]`
      await expect(page.locator(`${selector} .slidev-layout`)).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      problems.push(...await legibilityProblems(page, selector))
    }
    expect(problems.join('\n')).toBe('')
  })
}

test('the legibility check reports small text, small body text and small controls, with the slide and the text', async ({ page }) => {
  await page.setContent(`
    <div id="slide-content"><div data-slidev-no="7" style="width: 980px; height: 551px">
      <div class="slidev-layout kit-content" style="font-size: 24px">
        <h1 style="font-size: 36px">标题够大</h1>
        <p>正文够大</p>
        <p style="font-size: 22px">正文偏小</p>
        <span style="font-size: 16px">注释太小</span>
        <button style="height: 30px; font-size: 24px">按钮</button>
        <svg viewBox="0 0 1000 100" width="490"><text x="0" y="50" font-size="30">图里太小</text></svg>
      </div>
    </div></div>`)
  const problems = await legibilityProblems(page, '#slide-content [data-slidev-no="7"]')
  expect(problems).toEqual([
    expect.stringMatching(/^slide 7: body text is 22px \(at least 24px\): "正文偏小"/),
    expect.stringMatching(/^slide 7: text is 16px \(at least 20px\): "注释太小"/),
    expect.stringMatching(/^slide 7: text is 14.7px \(at least 20px\): "图里太小"/),
    expect.stringMatching(/^slide 7: control is \d+×30px \(at least 44px\): "按钮"/),
  ])
})
