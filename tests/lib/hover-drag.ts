/** Playwright helper for HTML5 drag and drop with the real mouse (the e2e specs' "press, hold and move"). */
import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/**
 * With the mouse button already down on a draggable item, moves to (x, y) and holds there, nudging the pointer
 * a few pixels back and forth as a hand does, until `indicator` (the drop marker the view draws) is shown. Chromium sends the
 * first `dragover` only after some moves over the target, and how many depends on the elements crossed.
 */
export async function holdOver(page: Page, x: number, y: number, indicator: Locator): Promise<void> {
  await page.mouse.move(x, y, { steps: 4 })
  let nudge = 0
  await expect(async () => {
    nudge = 1 - nudge
    await page.mouse.move(x + nudge * 4, y)
    await expect(indicator).toHaveCount(1, { timeout: 250 })
  }).toPass({ timeout: 5_000 })
}
