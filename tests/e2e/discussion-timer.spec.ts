import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { guardPage } from '../lib/guard.ts'
import { sitePath, slideNoContaining, slideUrl } from '../lib/site.ts'

const deck = DECKS[0]!

/** Presses Tab until `target` has focus (a person tabbing through the slide). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate(element => element === document.activeElement))
      return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Could not reach ${target} with the keyboard`)
}

async function timerSlide() {
  const { slides } = await readDeck(deck.entry)
  const no = slideNoContaining(slides, '<DiscussionTimer')
  const tag = slides[no - 1]!.content.match(/<DiscussionTimer[^>]*>/)![0]
  const minutes = Number(tag.match(/:minutes="(\d+)"/)![1])
  const topic = tag.match(/topic="([^"]+)"/)![1]!
  return { no, minutes, topic }
}

/** The clock's mm:ss for whole minutes. */
const mmss = (minutes: number) => `${String(minutes).padStart(2, '0')}:00`

test('discussion timer: start, 1-minute warning, pause, end announcement and reset, on a fast-forwarded clock', async ({ page }) => {
  const { no, minutes, topic } = await timerSlide()
  expect(minutes, 'a round needs more than the 1-minute warning').toBeGreaterThanOrEqual(2)
  const guard = await guardPage(page)
  // A fake clock that only moves when the test moves it (an installed clock otherwise keeps running in real
  // time, and a slow machine would see 00:59 where the test expects 01:00).
  const start = new Date('2026-03-02T09:00:00')
  await page.clock.install({ time: start })
  await page.goto(slideUrl(deck, no))
  await page.clock.pauseAt(new Date(start.getTime() + 60 * 60_000))
  const timer = page.locator(`[data-slidev-no="${no}"] .discussion-timer`)
  const clock = timer.getByRole('timer')
  const status = timer.getByRole('status')
  await expect(timer).toContainText(topic)
  await expect(clock).toHaveText(mmss(minutes))
  await expect(status).toHaveText('')
  await expect(timer.getByRole('button', { name: '暂停' })).toBeDisabled()

  await tabTo(page, timer.getByRole('button', { name: '开始' }))
  await page.keyboard.press('Enter')
  await expect(timer.getByRole('button', { name: '暂停' })).toBeFocused()
  await page.clock.runFor(60_000)
  await expect(clock).toHaveText(mmss(minutes - 1))
  await expect(status).toHaveText('')
  await page.clock.runFor((minutes - 2) * 60_000)
  await expect(clock).toHaveText('01:00')
  await expect(status).toHaveText('还剩 1 分钟。')
  await expect(status).toHaveAttribute('aria-live', 'polite')

  // Paused: the clock stands still.
  await page.keyboard.press('Enter')
  await expect(timer.getByRole('button', { name: '开始' })).toBeFocused()
  await page.clock.runFor(30_000)
  await expect(clock).toHaveText('01:00')

  await page.keyboard.press('Space')
  await page.clock.runFor(45_000)
  await expect(clock).toHaveText('00:15')
  await page.clock.runFor(20_000)
  await expect(clock).toHaveText('00:00')
  await expect(status).toContainText('时间到')
  await expect(timer.getByRole('button', { name: '开始' })).toBeDisabled()

  await tabTo(page, timer.getByRole('button', { name: '重置' }))
  await page.keyboard.press('Enter')
  await expect(clock).toHaveText(mmss(minutes))
  await expect(status).toHaveText('')
  // The keys used on the timer never moved the presentation.
  expect(page.url()).toMatch(new RegExp(`#/${no}(?:\\?|$)`))
  expect(guard.problems).toEqual([])
})

test('discussion timer prints only the topic and the minutes', async ({ page }) => {
  const { minutes, topic } = await timerSlide()
  await page.goto(`${sitePath(deck)}index.html?print=true#/print`)
  const timer = page.locator('#print-content .discussion-timer')
  await expect(timer).toHaveCount(1)
  await expect(timer).toHaveAttribute('data-mode', 'print')
  await expect(timer).toContainText(topic)
  await expect(timer).toContainText(`${minutes} 分钟`)
  await expect(timer.getByRole('timer')).toHaveCount(0)
  await expect(timer.getByRole('button')).toHaveCount(0)
})
