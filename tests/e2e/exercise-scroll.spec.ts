/**
 * A live exercise on the projector whose body holds more than its box (here: a rewrite with its answer key shown)
 * shows a shadow at the edge with more behind it, so the room sees that it goes on; at the end, the shadow moves
 * to the other edge.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { labelsFor } from '../../exercises/labels.ts'
import { deck, exerciseRoot, exerciseSlideNo } from '../lib/exercise-page.ts'
import { slideUrl } from '../lib/site.ts'

const ID = 'm5-rewrite-1'
/** The card's colour (#fffdf9) is about 253 in luminance; a visible shadow is well below. */
const SHADOW_BELOW = 240
const PLAIN_ABOVE = 250

/**
 * The mean luminance of the middle third of a band of 6 rows near the top and near the bottom of `box`'s screenshot
 * (2 rows in from each edge, past the box's own edge), decoded by the page's own image decoder.
 */
async function edges(page: Page, box: Locator): Promise<{ top: number, bottom: number }> {
  const png = (await box.screenshot()).toString('base64')
  return page.evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const band = (y0: number) => {
      const { data: pixels } = context.getImageData(Math.round(image.width / 3), y0, Math.round(image.width / 3), 6)
      let sum = 0
      for (let i = 0; i < pixels.length; i += 4)
        sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!
      return sum / (pixels.length / 4)
    }
    return {
      top: band(2),
      bottom: band(image.height - 8),
    }
  }, png)
}

test('a live exercise that goes on below shows a shadow at that edge, and at the top once scrolled to the end', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const no = await exerciseSlideNo(ID)
  await page.goto(slideUrl(deck, no))
  const exercise = exerciseRoot(page, no, ID)
  await exercise.getByRole('button', { name: labelsFor('rewrite').showSolution, exact: true }).click()
  const body = exercise.locator('.exercise__body')
  await expect.poll(() => body.evaluate(el => el.scrollHeight - el.clientHeight), { message: 'the answer key makes the body taller than its box' }).toBeGreaterThan(20)
  // What is left with the content hidden (its boxes kept) is the body's own background: the covers and shadows.
  await body.evaluate((el) => {
    for (const child of el.children)
      (child as HTMLElement).style.visibility = 'hidden'
  })
  await body.evaluate(el => el.scrollTo({ top: 0 }))
  const atTop = await edges(page, body)
  expect(atTop.bottom, 'a shadow at the bottom edge').toBeLessThan(SHADOW_BELOW)
  expect(atTop.top, 'no shadow at the top edge').toBeGreaterThan(PLAIN_ABOVE)
  await body.evaluate(el => el.scrollTo({ top: el.scrollHeight }))
  const atEnd = await edges(page, body)
  expect(atEnd.top, 'a shadow at the top edge').toBeLessThan(SHADOW_BELOW)
  expect(atEnd.bottom, 'no shadow at the bottom edge').toBeGreaterThan(PLAIN_ABOVE)
})
