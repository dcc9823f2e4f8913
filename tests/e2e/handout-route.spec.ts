/**
 * The handout pages (/handout/workbook, /handout/guide) change the whole document while shown: `<html>` gets the
 * `handout` class and an A4 `@page` rule applies. Leaving them for a slide must undo both, or the slides would
 * print on A4 and lose their full-screen layout.
 */
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { changeHash, sitePath } from '../lib/site.ts'

const deck = DECKS[0]!

/** Every `@page` rule in the document's stylesheets, as text. */
function pageRules(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.styleSheets].flatMap((sheet) => {
    try {
      return [...sheet.cssRules].filter(rule => rule instanceof CSSPageRule).map(rule => rule.cssText)
    }
    catch {
      return []
    }
  }))
}

for (const kind of ['workbook', 'guide'] as const) {
  test(`leaving /handout/${kind} for a slide removes the html class and the A4 page rule`, async ({ page }) => {
    await page.goto(`${sitePath(deck)}index.html#/1`)
    await expect(page.locator('#slide-content [data-slidev-no="1"] .slidev-layout')).toBeVisible()
    const slideRules = await pageRules(page)

    await changeHash(page, `#/handout/${kind}`)
    await expect(page.locator(`[data-handout="${kind}"]`)).toBeVisible()
    await expect(page.locator('html')).toHaveClass(/\bhandout\b/)
    await expect.poll(async () => (await pageRules(page)).some(rule => /size:\s*a4/i.test(rule))).toBe(true)

    // Back to a slide in the same page (the router, no reload).
    await changeHash(page, '#/2')
    await expect(page.locator('#slide-content [data-slidev-no="2"] .slidev-layout')).toBeVisible()
    await expect(page.locator(`[data-handout="${kind}"]`)).toHaveCount(0)
    await expect(page.locator('html')).not.toHaveClass(/\bhandout\b/)
    expect(await pageRules(page)).toEqual(slideRules)
  })
}
