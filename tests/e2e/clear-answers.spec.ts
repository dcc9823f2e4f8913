import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { slideNoContaining, slideUrl } from '../lib/site.ts'

const deck = DECKS[0]!

test('清除我的答案 forgets saved answers after a confirmation, and keeps them when cancelled', async ({ page }) => {
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, 'id="why-check-1"')
  await page.goto(slideUrl(deck, no))
  const root = page.locator(`[data-slidev-no="${no}"] [data-exercise-id="why-check-1"]`)
  await root.getByRole('button', { name: '查看答案' }).click()
  await expect(root).toHaveAttribute('data-state', 'revealed')

  const clear = page.getByRole('button', { name: '清除我的答案' })
  await page.mouse.move(20, 500) // Slidev shows its navigation bar on hover
  page.once('dialog', dialog => void dialog.dismiss())
  await clear.click()
  await page.reload()
  await expect(root).toHaveAttribute('data-state', 'revealed')

  await page.mouse.move(20, 500)
  page.once('dialog', dialog => void dialog.accept())
  await clear.click()
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  await page.reload()
  await expect(root).toHaveAttribute('data-state', 'unanswered')
  expect(await page.evaluate(() => Object.keys(localStorage).filter(key => key.startsWith('qzgz-kit:exercise:')))).toEqual([])
})
