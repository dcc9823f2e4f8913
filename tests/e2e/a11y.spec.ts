import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { seriousViolations } from '../lib/axe.ts'
import { showSlide } from '../lib/site.ts'

const deck = DECKS[0]!

test('the axe helper reports a serious violation (a button with no name, text without contrast)', async ({ page }) => {
  await page.setContent(`<main><div id="part"><button></button><p style="color:#eee;background:#fff">浅色文字</p></div></main>`)
  const found = await seriousViolations(page, '#part')
  expect(found.map(line => line.split(' ')[0])).toEqual(expect.arrayContaining(['button-name', 'color-contrast']))
  await expect(seriousViolations(page, '#missing')).rejects.toThrow('nothing matches #missing')
})

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
      problems.push(...(await seriousViolations(page, `#slide-content [data-slidev-no="${no}"]`)).map(line => `slide ${no} (${phase}): ${line}`))
    }
  }
  expect(scanned, 'exercise slides scanned').toBeGreaterThan(10)
  expect(problems.join('\n')).toBe('')
})
